import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import type { Executor } from '../db/types';
import { TWO_TIER_REFORM_DATE } from '../agencies/agency-names';
import { isValidDate } from '../calendar/vietnam-time';
import { loadIssuers } from '../dossiers/forms/load-issuers';
import { AppError } from '../shared/errors';
import { reportReaders } from './report-scope';
import { resolveLateScope, type LateScope } from './late-scope';
import { lateDossiersOf, type LateDossierList } from './late-dossiers';
import { lateOfficialsOf, type LateOfficialList } from './late-officials';
import { lateLevelFigures } from './late-figures';
import { monthPeriod, type ReportMonth } from './late-format';
import { renderLateDocx } from './late-docx';
import { dossierParagraphs, noticeSummary, officialParagraphs, pendingParagraph, type NoticeSummary } from './notice-summary';
import { noticeDocument, type NoticeLayout } from './notice-document';

export interface MonthlyNoticeInput {
  readonly agencyCode: string;
  readonly year: number;
  readonly month: number;
  /** `125/TB-VP`; left for the clerk to fill in when absent. */
  readonly number?: string | undefined;
  readonly signer?: { readonly title?: string | undefined; readonly name?: string | undefined } | undefined;
  /** Date of issue `YYYY-MM-DD`; the date line is left blank for the signer when absent. */
  readonly issuedOn?: string | undefined;
}

/** The computed notice for the web UI: the figures, their percentages and every paragraph. */
export interface NoticePreview extends NoticeSummary {
  sections: { officials: { intro: string; items: string[] }; dossiers: string[]; pending: string };
}

interface Computed {
  scope: LateScope;
  summary: NoticeSummary;
  dossiers: LateDossierList;
  officials: LateOfficialList;
  scopeName: string;
}

async function compute(db: Executor, actor: Actor, input: MonthlyNoticeInput): Promise<Computed> {
  const month: ReportMonth = { year: input.year, month: input.month };
  const scope = await resolveLateScope(db, actor, { agencyCode: input.agencyCode, ...monthPeriod(month) });
  const figures = await lateLevelFigures(db, scope);
  const dossiers = await lateDossiersOf(db, scope);
  const officials = await lateOfficialsOf(db, scope);
  const scopeName = scope.root.level === 'province' ? 'toàn tỉnh' : scope.root.name;
  return { scope, dossiers, officials, scopeName, summary: noticeSummary({ month, scopeName, figures, dossiers, officials }) };
}

/** The notice's content, computed, without the Word document. */
export async function previewMonthlyNotice(db: Executor, actor: Actor, input: MonthlyNoticeInput): Promise<NoticePreview> {
  authorize(actor, { anyOf: reportReaders });
  const c = await compute(db, actor, input);
  return {
    ...c.summary,
    sections: { officials: officialParagraphs(c.summary), dossiers: dossierParagraphs(c.summary), pending: pendingParagraph(c.summary, c.scopeName) },
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The monthly notice (Word) on late dossiers and the officials responsible, with appendices 01–06. */
export async function buildMonthlyNotice(db: Executor, actor: Actor, input: MonthlyNoticeInput): Promise<Buffer> {
  authorize(actor, { anyOf: reportReaders });
  if (input.issuedOn !== undefined && !isValidDate(input.issuedOn)) {
    throw new AppError('VALIDATION_FAILED', { detail: `ngày ban hành "${input.issuedOn}" phải có dạng YYYY-MM-DD` });
  }
  const c = await compute(db, actor, input);
  const issuer = (await loadIssuers(db, [c.scope.root.id])).get(c.scope.root.id);
  const place = issuer?.place || '……';
  const [y, m, d] = (input.issuedOn ?? '').split('-');
  const dateline = input.issuedOn ? `${place}, ngày ${d} tháng ${m} năm ${y}` : `${place}, ngày …… tháng …… năm ……`;
  const province = c.scope.root.level === 'province';
  const layout: NoticeLayout = {
    parentName: c.scope.root.name,
    issuerName: 'Văn phòng',
    number: input.number?.trim() || '……/TB-VP',
    dateline,
    issuedDate: input.issuedOn ? `${d}/${m}/${y}` : null,
    scopeName: c.scopeName,
    recipients: province
      ? [
          '- Các sở, ban, ngành tỉnh;',
          ...(c.summary.from < TWO_TIER_REFORM_DATE ? ['- Ủy ban nhân dân các huyện, thị xã, thành phố;'] : []),
          '- Ủy ban nhân dân các xã, phường.',
        ]
      : ['- Các cơ quan, đơn vị trực thuộc.'],
    signer: { title: input.signer?.title?.trim() || 'Chánh Văn phòng', name: input.signer?.name?.trim() ?? '' },
  };
  return renderLateDocx(noticeDocument(c.summary, c.dossiers, c.officials, layout));
}

/** `thong-bao-tre-han-LS-2026-03.docx`. */
export function noticeFileName(agencyCode: string, year: number, month: number): string {
  return `thong-bao-tre-han-${agencyCode.replace(/[^A-Za-z0-9._-]+/g, '-')}-${year}-${pad2(month)}.docx`;
}
