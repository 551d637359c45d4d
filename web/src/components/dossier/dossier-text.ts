import { formatDateTime } from '../../app/format';
import { outcomeLabels, returnMethodLabels } from './labels';
import type { ReturnMethod } from './types';

type EventLike = {
  type: string;
  changes: Record<string, unknown>;
  data: Record<string, unknown>;
  note: string | null;
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const after = (changes: Record<string, unknown>, field: string): unknown => {
  const pair = changes[field];
  return Array.isArray(pair) ? pair[1] : undefined;
};
const when = (v: unknown): string | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? formatDateTime(v) : null);

/** The detail lines the timeline shows under an event's label: who got it, until when, why. */
export function describeEvent(e: EventLike): string[] {
  const lines: string[] = [];
  const push = (line: string | null | false) => {
    if (line) lines.push(line);
  };
  const d = e.data;
  switch (e.type) {
    case 'RECEIVED':
      push(when(after(e.changes, 'appointmentAt')) && `Hẹn trả kết quả: ${when(after(e.changes, 'appointmentAt'))}`);
      break;
    case 'STEP_STARTED':
      for (const s of Array.isArray(d.steps) ? (d.steps as { name?: unknown; dueAt?: unknown }[]) : []) {
        push(text(s.name) && `${text(s.name)}${when(s.dueAt) ? ` — hạn ${when(s.dueAt)}` : ''}`);
      }
      break;
    case 'STEP_COMPLETED':
      push(text(d.name) && `Bước: ${text(d.name)}`);
      break;
    case 'STEP_ASSIGNED':
      push(text(d.name) && `Bước: ${text(d.name)}`);
      push(text(d.toName) && `Giao cho: ${text(d.toName)}`);
      break;
    case 'STEP_RETURNED':
      for (const s of Array.isArray(d.reopened) ? (d.reopened as { name?: unknown }[]) : []) push(text(s.name) && `Trả về bước: ${text(s.name)}`);
      break;
    case 'SUPPLEMENT_RECEIVED':
      push(when(after(e.changes, 'dueAt')) && `Hạn giải quyết mới: ${when(after(e.changes, 'dueAt'))}`);
      break;
    case 'APOLOGY_ISSUED':
      push(when(d.newAppointmentAt) && `Hẹn lại: ${when(d.newAppointmentAt)}`);
      break;
    case 'RESULT_RECORDED':
      push(typeof d.outcome === 'string' && (outcomeLabels[d.outcome] ?? null));
      push(when(d.signedAt) && `Ký ngày: ${when(d.signedAt)}`);
      break;
    case 'HANDED_OVER':
      push(typeof d.method === 'string' && `Hình thức: ${returnMethodLabels[d.method as ReturnMethod] ?? d.method}`);
      break;
    default:
      break;
  }
  // SUPPLEMENT_RECEIVED carries the server's standard sentence, which the label already says.
  const reason = e.type === 'SUPPLEMENT_RECEIVED' ? null : (text(d.reason) ?? (e.type === 'STEP_RETURNED' ? text(e.note) : null));
  push(reason && `Lý do: ${reason}`);
  const note = text(e.note);
  push(note !== null && note !== reason && `Ghi chú: ${note}`);
  return lines;
}

/** Timeline colour: green for receipt and results, red for refusals and returns, amber for pauses. */
export function eventColor(type: string): string {
  if (['RESULT_RECORDED', 'HANDED_OVER', 'RECEIVED'].includes(type)) return '#15803d';
  if (['INTAKE_REFUSED', 'STEP_RETURNED', 'WITHDRAWN', 'CLOSED_NO_SUPPLEMENT'].includes(type)) return '#dc2626';
  if (['SUPPLEMENT_REQUESTED', 'INTAKE_SUPPLEMENT_REQUESTED', 'APOLOGY_ISSUED'].includes(type)) return '#d97706';
  if (type === 'STEP_STARTED' || type === 'STEP_ASSIGNED') return '#9ca3af';
  return '#1d4ed8';
}

const vietnamDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * How a finished step went against its own due time: early (finished on an earlier day than the
 * due day), on time, or late. Open steps are not judged here: the browser's clock is not the
 * server's, and the inbox already shows the time left from server time.
 */
export function stepJudgement(step: { status: string; dueAt: string | null; completedAt: string | null }): { label: string; color: string } | null {
  if (!step.dueAt || step.status !== 'done' || !step.completedAt) return null;
  const done = Date.parse(step.completedAt);
  if (done > Date.parse(step.dueAt)) return { label: 'Trễ hạn', color: 'red' };
  if (vietnamDay(step.completedAt) < vietnamDay(step.dueAt)) return { label: 'Trước hạn', color: 'green' };
  return { label: 'Đúng hạn', color: 'blue' };
}

/** "1,2 MB", "350 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
}

const OFFSET_MS = 7 * 3_600_000;

/** A date-time as a Vietnam wall clock `YYYY-MM-DDTHH:mm`, whatever the browser's time zone. */
export function toVietnamWall(value: string | Date): string {
  return new Date(new Date(value).getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant of a Vietnam wall clock `YYYY-MM-DDTHH:mm` (UTC+7, no daylight saving). */
export function fromVietnamWall(wall: string): string {
  return new Date(`${wall.slice(0, 16)}:00+07:00`).toISOString();
}
