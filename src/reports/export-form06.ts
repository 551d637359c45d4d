import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Executor } from '../db/types';
import { findAgency, requireAgency } from '../agencies/agency-record';
import { vietnamDateOf } from '../calendar/vietnam-time';
import { systemClock, type Clock } from '../shared/clock';
import { computeForm06, type Form06Report } from './form06';
import { form06ToCsv } from './form06-csv';
import { form06ToDocx } from './form06-docx';
import { form06ToXlsx } from './form06-xlsx';
import { placeOf } from './form06-text';
import { groupingLabels } from './form06-layout';
import { contentTypes, reportFileName, type ExportFormat } from './report-files';
import { reportReaders, type ReportQuery } from './report-scope';

export interface ExportForm06Input extends ReportQuery {
  readonly format: ExportFormat;
  readonly signerTitle?: string | undefined;
  readonly signerName?: string | undefined;
}

export interface ExportedReport {
  readonly format: ExportFormat;
  readonly report: Form06Report;
  readonly contentType: string;
  readonly fileName: string;
  /** The file's bytes (xlsx, docx) or text (json, csv). */
  readonly body: Buffer | string;
}

/** Who issues the report: the agency above the reporting one, and the province for the date line. */
async function issuerOf(db: Executor, agencyCode: string) {
  const agency = await requireAgency(db, { code: agencyCode });
  const parent = agency.parentId === null ? null : await findAgency(db, { id: agency.parentId });
  const rootId = Number(agency.path.split('/').filter(Boolean)[0]);
  const root = rootId === agency.id ? agency : await findAgency(db, { id: rootId });
  return { parentName: parent?.name, place: root ? placeOf(root.name) : '' };
}

/** The standard report in one of the export formats (same figures as the JSON, same access rules). */
export async function exportForm06(db: Executor, actor: Actor, input: ExportForm06Input, clock: Clock = systemClock): Promise<ExportedReport> {
  authorize(actor, { anyOf: reportReaders });
  const report = await computeForm06(db, actor, input);
  const fileName = reportFileName(`Báo cáo TTHC ${groupingLabels[report.by]}`, report.agency, report.from, report.to, input.format);
  const base = { format: input.format, report, contentType: contentTypes[input.format], fileName };
  switch (input.format) {
    case 'json':
      return { ...base, body: JSON.stringify(report, null, 2) };
    case 'csv':
      return { ...base, body: form06ToCsv(report) };
    case 'xlsx': {
      const issuer = await issuerOf(db, report.agency);
      return { ...base, body: await form06ToXlsx(report, { parentName: issuer.parentName }) };
    }
    case 'docx': {
      const issuer = await issuerOf(db, report.agency);
      const body = await form06ToDocx(report, {
        parentName: issuer.parentName,
        place: issuer.place,
        date: vietnamDateOf(clock.now()),
        signerTitle: input.signerTitle,
        signerName: input.signerName,
      });
      return { ...base, body };
    }
  }
}
