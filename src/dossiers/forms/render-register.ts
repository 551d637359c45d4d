import { and, asc, eq, gte, lt, or, sql } from 'drizzle-orm';
import type { Actor } from '../../accounts/actor';
import { authorize } from '../../accounts/authorize';
import type { Role } from '../../accounts/roles';
import type { Db } from '../../db/types';
import { agencies } from '../../agencies/schema';
import { requireAgency } from '../../agencies/agency-record';
import { procedures, procedureVersions } from '../../catalog/schema';
import { addDays, daysBetween, isValidDate, startOfVietnamDay } from '../../calendar/vietnam-time';
import { AppError } from '../../shared/errors';
import { dossiers } from '../schema';
import { formContentTypes, formFileName, type FormFormat, type RenderedForm } from './form-kinds';
import { loadIssuers } from './load-issuers';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { registerDocument, registerRow, type RegisterSource } from './tracking-register';

const officials: readonly Role[] = ['receiving_officer', 'specialist', 'leader', 'monitor', 'admin'];

/** A register longer than a year is a statistics question, not a printout. */
export const MAX_REGISTER_DAYS = 366;

export interface RegisterInput {
  readonly agencyCode: string;
  /** `YYYY-MM-DD`, Vietnam dates, both included. */
  readonly from: string;
  readonly to: string;
  readonly format: FormFormat;
}

function checkPeriod(from: string, to: string): void {
  if (!isValidDate(from) || !isValidDate(to)) throw new AppError('VALIDATION_FAILED', { detail: 'ngày phải có dạng YYYY-MM-DD' });
  if (from > to) throw new AppError('VALIDATION_FAILED', { detail: 'ngày bắt đầu phải trước hoặc bằng ngày kết thúc' });
  if (daysBetween(from, to) >= MAX_REGISTER_DAYS) {
    throw new AppError('VALIDATION_FAILED', { detail: `sổ theo dõi chỉ in tối đa ${MAX_REGISTER_DAYS} ngày mỗi lần` });
  }
}

/** Dossiers received in the period (Vietnam days) that the agency's subtree leads or received; test dossiers left out. */
export async function loadRegisterSources(db: Db, agencyPath: string, from: string, to: string): Promise<RegisterSource[]> {
  const subtree = `${agencyPath}%`;
  const rows = await db
    .select({
      code: dossiers.code,
      procedureName: sql<string>`coalesce(${procedureVersions.name}, ${procedures.code})`,
      applicantName: dossiers.applicantName,
      applicantAddress: dossiers.applicantAddress,
      applicantPhone: dossiers.applicantPhone,
      leadAgencyName: agencies.name,
      receivedAt: dossiers.receivedAt,
      appointmentAt: dossiers.appointmentAt,
      apologyDueAt: dossiers.apologyDueAt,
      returnedAt: dossiers.returnedAt,
      returnMethod: dossiers.returnMethod,
      status: dossiers.status,
    })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .leftJoin(procedureVersions, sql`${procedureVersions.id} = coalesce(${dossiers.procedureVersionId}, ${procedures.currentVersionId})`)
    .innerJoin(agencies, eq(agencies.id, dossiers.agencyId))
    .where(
      and(
        or(sql`${dossiers.agencyPath} like ${subtree}`, sql`${dossiers.deskAgencyPath} like ${subtree}`),
        gte(dossiers.receivedAt, startOfVietnamDay(from)),
        lt(dossiers.receivedAt, startOfVietnamDay(addDays(to, 1))),
        eq(dossiers.isTest, false),
      ),
    )
    .orderBy(asc(dossiers.receivedAt), asc(dossiers.code));
  // The period filter keeps only received dossiers.
  return rows.map((r) => ({ ...r, receivedAt: r.receivedAt! }));
}

/** Form 07, the tracking register of an agency subtree for a period, for officials of that subtree. */
export async function renderRegister(db: Db, actor: Actor, input: RegisterInput): Promise<RenderedForm> {
  authorize(actor, { anyOf: officials });
  checkPeriod(input.from, input.to);
  const agency = await requireAgency(db, { code: input.agencyCode });
  authorize(actor, { anyOf: officials, agencyPath: agency.path });
  const sources = await loadRegisterSources(db, agency.path, input.from, input.to);
  const issuer = (await loadIssuers(db, [agency.id])).get(agency.id) ?? { name: agency.name, parentName: '', place: '' };
  const doc = registerDocument({ agencyName: agency.name, from: input.from, to: input.to, rows: sources.map(registerRow) }, issuer);
  return {
    fileName: formFileName('07', `${agency.code}-${input.from}-${input.to}`, input.format),
    contentType: formContentTypes[input.format],
    body: input.format === 'html' ? renderHtml(doc) : await renderDocx(doc),
  };
}
