import type { CompletionJudgement, WorkCalendar } from '../../calendar/work-calendar';
import { AppError } from '../../shared/errors';
import type { DossierDetail } from '../get-dossier';
import { returnMethodLabels } from '../vocabulary';
import { actorName, applicantFacts, headerOf, latestEvent, requestText } from './dossier-facts';
import { field, run, type FormDocument } from './form-document';
import type { FormContext } from './form-context';
import { judgementLabels, viDateTime } from './form-format';

/** As the error message reads it: "Mẫu {form} không áp dụng …". */
const FORM = '06';

type Step = DossierDetail['steps'][number];

/** One hand-over of the dossier between units or officials. */
export interface HandOverRow {
  readonly giverUnit: string;
  readonly giver: string;
  readonly receiverUnit: string;
  readonly receiver: string;
  readonly at: string;
  readonly judgement: CompletionJudgement | null;
  /** Trước hạn / Đúng hạn / Quá hạn, or empty when the stage had no due time. */
  readonly result: string;
  readonly note: string;
}

export interface ControlSlipData {
  readonly code: string;
  readonly applicantName: string;
  readonly request: string;
  readonly receivedAt: string;
  readonly appointmentAt: string;
  readonly leadName: string;
  readonly coordinating: string;
  readonly rows: readonly HandOverRow[];
  readonly issuedAt: Date;
}

const holderOf = (s: Step) => s.assignee?.fullName ?? '';
const unitOf = (s: Step) => s.agency?.name ?? '';
const unique = (xs: readonly string[]) => [...new Set(xs.filter((x) => x !== ''))].join('; ');

/**
 * The steps that took the dossier over from `s`: the next batch started at or after its completion, in
 * a later stage when it was finished, in an earlier one when it was sent back.
 */
function receiversOf(s: Step, steps: readonly Step[]): Step[] {
  const done = s.completedAt!.getTime();
  const candidates = steps.filter(
    (t) => t.id !== s.id && t.startedAt && t.startedAt.getTime() >= done && (s.status === 'returned' ? t.stage < s.stage : t.stage > s.stage),
  );
  if (candidates.length === 0) return [];
  const first = Math.min(...candidates.map((t) => t.startedAt!.getTime()));
  return candidates.filter((t) => t.startedAt!.getTime() === first);
}

const byTime = (a: { t: number; i: number }, b: { t: number; i: number }) => a.t - b.t || a.i - b.i;

/**
 * Form 06 rows, one per hand-over, from the steps: each finished or returned step hands the dossier from
 * its holder to the next step's holder; the first hand-over is from the desk to the processing unit, the
 * last (when the result was handed over) from the desk to the applicant. Each stage is judged with the
 * agency's calendar on its completion against its own due time.
 */
export function handOverRows(detail: DossierDetail, calendar: Pick<WorkCalendar, 'judgeCompletion'>): HandOverRow[] {
  const { dossier, steps } = detail;
  const deskName = detail.desk?.name ?? 'Bộ phận Một cửa';
  const judged = (finished: Date | null, due: Date | null) => {
    const judgement = finished && due ? calendar.judgeCompletion(finished, due) : null;
    return { judgement, result: judgement ? judgementLabels[judgement] : '' };
  };
  const rows: { t: number; i: number; row: HandOverRow }[] = [];
  const received = latestEvent(detail, ['RECEIVED']);
  const started = steps.filter((s) => s.startedAt).sort((a, b) => a.startedAt!.getTime() - b.startedAt!.getTime() || a.id - b.id);
  const firstStart = started[0]?.startedAt?.getTime();
  const first = started.filter((s) => s.startedAt!.getTime() === firstStart);
  // Without a desk step at the start, the receipt itself is the desk's hand-over to the processing unit.
  if (dossier.receivedAt && first.length > 0 && !first.some((s) => s.agencyId === dossier.deskAgencyId)) {
    rows.push({
      t: dossier.receivedAt.getTime(),
      i: -1,
      row: {
        giverUnit: deskName,
        giver: actorName(received),
        receiverUnit: unique(first.map(unitOf)),
        receiver: unique(first.map(holderOf)),
        at: viDateTime(dossier.receivedAt),
        judgement: null,
        result: '',
        note: 'Tiếp nhận và chuyển hồ sơ',
      },
    });
  }
  const handed = steps.filter((s) => (s.status === 'done' || s.status === 'returned') && s.completedAt);
  const handOver = latestEvent(detail, ['HANDED_OVER']);
  for (const s of handed) {
    const next = receiversOf(s, steps);
    // The last step hands the result back to the desk, which returns it to the applicant.
    const toDesk = next.length === 0 && s.status === 'done';
    // The desk's own closing step hands nothing over: its hand-over is the return to the applicant.
    if (toDesk && s.agencyId === dossier.deskAgencyId) continue;
    rows.push({
      t: s.completedAt!.getTime(),
      i: s.id,
      row: {
        giverUnit: unitOf(s),
        giver: s.completedByUser?.fullName ?? holderOf(s),
        receiverUnit: toDesk ? deskName : unique(next.map(unitOf)),
        receiver: toDesk ? actorName(handOver) : unique(next.map(holderOf)),
        at: viDateTime(s.completedAt!),
        ...judged(s.completedAt, s.dueAt),
        note: s.status === 'returned' ? `${s.name}: trả lại${s.note ? ` (${s.note})` : ''}` : s.note ? `${s.name} (${s.note})` : s.name,
      },
    });
  }
  if (handOver && dossier.returnedAt) {
    rows.push({
      t: dossier.returnedAt.getTime(),
      i: Number.MAX_SAFE_INTEGER,
      row: {
        giverUnit: deskName,
        giver: actorName(handOver),
        receiverUnit: 'Người nộp hồ sơ',
        receiver: dossier.applicantName,
        at: viDateTime(dossier.returnedAt),
        // The dossier as a whole is judged on when it was concluded against its due time.
        ...judged(dossier.finishedAt, dossier.dueAt),
        note: `Trả kết quả${dossier.returnMethod ? ` — ${returnMethodLabels[dossier.returnMethod]}` : ''}`,
      },
    });
  }
  return rows.sort(byTime).map((r) => r.row);
}

/** Form 06, process-control slip: for a dossier the desk has received. */
export function controlSlipData(detail: DossierDetail, calendar: Pick<WorkCalendar, 'judgeCompletion'>): ControlSlipData {
  const { dossier } = detail;
  if (!dossier.receivedAt) throw new AppError('DOSSIER_FORM_UNAVAILABLE', { form: FORM });
  const own = [dossier.agencyPath, dossier.deskAgencyPath];
  const coordinating = unique(detail.steps.filter((s) => !own.some((p) => s.agencyPath.startsWith(p))).map(unitOf));
  return {
    code: dossier.code,
    applicantName: applicantFacts(detail).name,
    request: requestText(detail),
    receivedAt: viDateTime(dossier.receivedAt),
    appointmentAt: dossier.appointmentAt ? viDateTime(dossier.appointmentAt) : '',
    leadName: detail.agency?.name ?? '',
    coordinating: coordinating || 'Không',
    rows: handOverRows(detail, calendar),
    issuedAt: dossier.receivedAt,
  };
}

export function controlSlipDocument(data: ControlSlipData, ctx: FormContext): FormDocument {
  return {
    formLabel: 'Mẫu số 06',
    title: `Phiếu kiểm soát quá trình giải quyết hồ sơ — ${data.code}`,
    orientation: 'portrait',
    header: headerOf(ctx.desk, null, data.issuedAt),
    blocks: [
      { kind: 'title', text: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', lines: [[run('Mã hồ sơ: '), run(data.code, { bold: true })]] },
      field('Kèm theo hồ sơ của', data.applicantName),
      field('Nội dung yêu cầu giải quyết', data.request),
      field('Thời gian tiếp nhận', data.receivedAt),
      field('Thời gian hẹn trả kết quả', data.appointmentAt),
      field('Cơ quan (bộ phận) giải quyết hồ sơ', data.leadName),
      field('Cơ quan phối hợp giải quyết hồ sơ', data.coordinating),
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 6, align: 'center' },
          { title: 'Tên cơ quan', width: 24 },
          { title: 'Thời gian giao, nhận hồ sơ', width: 15, align: 'center' },
          { title: 'Người giao', width: 14 },
          { title: 'Người nhận', width: 14 },
          { title: 'Kết quả giải quyết (trước hạn, đúng hạn, quá hạn)', width: 12, align: 'center' },
          { title: 'Ghi chú', width: 15 },
        ],
        rows: data.rows.map((r, i) => [
          String(i + 1),
          `Giao: ${r.giverUnit}\nNhận: ${r.receiverUnit}`,
          r.at,
          r.giver,
          r.receiver,
          r.result,
          r.note,
        ]),
        empty: 'Chưa có lần giao, nhận hồ sơ',
      },
    ],
  };
}
