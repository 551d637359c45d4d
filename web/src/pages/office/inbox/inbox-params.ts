import type { DossierStatus, InboxBucket, InboxView } from '../../../components/dossier/types';

/** The inbox filters, kept in the address so Back and shared links restore the same list. */
export interface InboxState {
  view: InboxView;
  bucket: InboxBucket | undefined;
  status: DossierStatus | undefined;
  q: string | undefined;
  page: number;
  pageSize: number;
}

const views: readonly InboxView[] = ['mine', 'unit', 'all', 'intake'];
const buckets: readonly InboxBucket[] = ['due_today', 'due_soon', 'overdue', 'awaiting_supplement'];
const statuses: readonly DossierStatus[] = [
  'submitted',
  'intake_incomplete',
  'intake_refused',
  'processing',
  'awaiting_supplement',
  'result_ready',
  'returned',
  'withdrawn',
  'closed_no_supplement',
];
export const PAGE_SIZES = [10, 20, 50, 100] as const;

function pick<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((a) => a === value);
}

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export function parseInbox(params: URLSearchParams, defaultView: InboxView = 'unit'): InboxState {
  const size = positive(params.get('size'), 20);
  return {
    view: pick(views, params.get('view')) ?? defaultView,
    bucket: pick(buckets, params.get('bucket')),
    status: pick(statuses, params.get('status')),
    q: params.get('q')?.trim() || undefined,
    page: positive(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
  };
}

/** The address of a state, leaving out defaults so links stay short. */
export function inboxSearch(state: InboxState, defaultView: InboxView = 'unit'): URLSearchParams {
  const p = new URLSearchParams();
  if (state.view !== defaultView) p.set('view', state.view);
  if (state.bucket) p.set('bucket', state.bucket);
  if (state.status) p.set('status', state.status);
  if (state.q) p.set('q', state.q);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.pageSize !== 20) p.set('size', String(state.pageSize));
  return p;
}

/** A filter change starts again from the first page. */
export function withFilter(state: InboxState, change: Partial<Omit<InboxState, 'page'>>): InboxState {
  return { ...state, ...change, page: 1 };
}
