import { createHash } from 'node:crypto';
import { reportCells, type ReportCell } from './classify-sql';
import { figuresOf, zeroCounts, type Figures } from './form06-figures';
import { figureValue, totalLabel } from './form06-layout';
import type { Form06Report } from './form06';
import { toVietnamParts } from '../calendar/vietnam-time';
import { eventLabels } from '../dossiers/event-labels';

/** Pure logic of published snapshots: canonical hashing, categories of a dossier, differences. */

/** JSON with object keys sorted at every level and no spaces: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function reportHash(report: unknown): string {
  return sha256Hex(canonicalJson(report));
}

/** The two partitions a counted dossier falls in: how it came into the period, and where it stands. */
export const receiptCategories = ['carried_over', 'new_online', 'new_direct'] as const;
export const resultCategories = ['early', 'on_time', 'late', 'not_due', 'overdue'] as const;
export type ReceiptCategory = (typeof receiptCategories)[number];
export type ResultCategory = (typeof resultCategories)[number];

export interface Placement {
  readonly rowKey: string;
  readonly receipt: ReceiptCategory;
  readonly result: ResultCategory;
}

/** The cells one dossier counts in, derived with the same sums as every report row. */
export function cellsOf(p: Pick<Placement, 'receipt' | 'result'>): ReportCell[] {
  const f = figuresOf({ ...zeroCounts, [p.receipt]: 1, [p.result]: 1 });
  return reportCells.filter((c) => figureValue(f, c) === 1);
}

export interface CellDifference {
  /** Row key as the report shows it; null for the total row. */
  readonly rowKey: string | null;
  readonly rowName: string;
  readonly cell: ReportCell;
  readonly published: number;
  readonly current: number;
}

/** Every cell whose figure differs, row by row (rows present on one side only count as zeros on the other). */
export function diffReports(published: Pick<Form06Report, 'rows' | 'total'>, current: Pick<Form06Report, 'rows' | 'total'>): CellDifference[] {
  const zero = figuresOf(zeroCounts);
  const before = new Map(published.rows.map((r) => [r.key, r]));
  const after = new Map(current.rows.map((r) => [r.key, r]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const out: CellDifference[] = [];
  const compare = (rowKey: string | null, rowName: string, a: Figures, b: Figures) => {
    for (const cell of reportCells) {
      const x = figureValue(a, cell);
      const y = figureValue(b, cell);
      if (x !== y) out.push({ rowKey, rowName, cell, published: x, current: y });
    }
  };
  for (const k of keys) {
    const a = before.get(k);
    const b = after.get(k);
    compare(k, (b ?? a)!.name, a ?? zero, b ?? zero);
  }
  compare(null, totalLabel, published.total, current.total);
  return out;
}

export interface DossierChange {
  readonly dossierId: number;
  readonly code: string;
  /** Null: not counted in the published report. */
  readonly before: Placement | null;
  /** Null: no longer counted now. */
  readonly after: Placement | null;
}

export type ChangeKind = 'added' | 'removed' | 'moved';

export function changeKind(c: Pick<DossierChange, 'before' | 'after'>): ChangeKind {
  return c.before === null ? 'added' : c.after === null ? 'removed' : 'moved';
}

const cellKey = (rowKey: string | null, cell: ReportCell) => `${rowKey ?? ''}\u0000${rowKey === null ? 'T' : 'R'}\u0000${cell}`;

/**
 * Which dossiers moved each figure: a dossier entering a (row, cell) adds one, leaving it takes one.
 * For every cell, the signed count of its entries equals the change of the figure.
 */
export function attributeChanges(changes: readonly DossierChange[]): Map<string, { code: string; change: 'added' | 'removed' }[]> {
  const out = new Map<string, { code: string; change: 'added' | 'removed' }[]>();
  const push = (key: string, code: string, change: 'added' | 'removed') => {
    const list = out.get(key) ?? [];
    list.push({ code, change });
    out.set(key, list);
  };
  const cellSet = (p: Placement | null, total: boolean) => new Set(p === null ? [] : cellsOf(p).map((c) => cellKey(total ? null : p.rowKey, c)));
  for (const ch of changes) {
    for (const total of [false, true]) {
      const was = cellSet(ch.before, total);
      const is = cellSet(ch.after, total);
      for (const k of is) if (!was.has(k)) push(k, ch.code, 'added');
      for (const k of was) if (!is.has(k)) push(k, ch.code, 'removed');
    }
  }
  return out;
}

export function attributionOf(map: ReturnType<typeof attributeChanges>, d: Pick<CellDifference, 'rowKey' | 'cell'>) {
  return map.get(cellKey(d.rowKey, d.cell)) ?? [];
}

/** A dossier event recorded after the publication. */
export interface LaterEvent {
  readonly type: string;
  readonly at: Date;
  readonly actor: string | null;
  readonly note: string | null;
  readonly changes: Record<string, unknown>;
}

/** Fields of a dossier the classification reads: a later change to one of them can change a figure. */
const fieldLabels: Record<string, string> = {
  isTest: 'hồ sơ thử nghiệm',
  receivedAt: 'thời điểm tiếp nhận',
  finishedAt: 'thời điểm kết thúc',
  dueAt: 'hạn giải quyết',
  pausedAt: 'tạm dừng để bổ sung',
  channel: 'kênh tiếp nhận',
  agencyId: 'cơ quan chủ trì',
  procedureId: 'thủ tục',
  procedureVersionId: 'phiên bản thủ tục',
};

const pad2 = (n: number) => String(n).padStart(2, '0');

function viInstant(d: Date): string {
  const p = toVietnamParts(d);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${pad2(Math.floor(p.minuteOfDay / 60))}:${pad2(p.minuteOfDay % 60)}`;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function viValue(v: unknown): string {
  if (v === null || v === undefined) return '(trống)';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (typeof v === 'string' && ISO_INSTANT.test(v)) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? v : viInstant(d);
  }
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
}

/** Whether an event can explain a changed figure: it changed a field the classification reads. */
export function isRelevantEvent(e: Pick<LaterEvent, 'type' | 'changes'>): boolean {
  return e.type === 'MARKED_TEST' || e.type === 'IMPORTED' || Object.keys(e.changes).some((k) => k in fieldLabels);
}

/**
 * `15/04/2026 10:00 — Đánh dấu hồ sơ thử nghiệm (quantri): hồ sơ thử nghiệm: không → có — Nhập thử`.
 * An imported dossier's event is dated at its receipt, so its text says when it arrived instead.
 */
export function describeEvent(e: LaterEvent): string {
  const label = eventLabels[e.type as keyof typeof eventLabels] ?? e.type;
  const changes = Object.entries(e.changes)
    .filter(([k]) => k in fieldLabels)
    .map(([k, v]) => {
      const [was, is] = Array.isArray(v) && v.length === 2 ? v : [undefined, v];
      return was === null || was === undefined ? `${fieldLabels[k]}: ${viValue(is)}` : `${fieldLabels[k]}: ${viValue(was)} → ${viValue(is)}`;
    });
  const head = e.type === 'IMPORTED' ? `${label} sau khi công bố` : `${viInstant(e.at)} — ${label}`;
  return [head, e.actor ? ` (${e.actor})` : '', changes.length > 0 ? `: ${changes.join('; ')}` : '', e.note ? ` — ${e.note}` : ''].join('');
}

/** When no event explains a change, the cause lies outside the dossier: the agency tree or the catalog. */
export const unexplainedReason =
  'Không có thay đổi nào trên hồ sơ sau khi công bố: số liệu thay đổi do cơ cấu cơ quan (sáp nhập, chuyển đơn vị) hoặc danh mục thủ tục, lĩnh vực đã thay đổi.';
