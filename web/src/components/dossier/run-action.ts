import { api, unwrap } from '../../api/client';
import type { ActionKey } from './actions';
import type { Dossier, FileBody, ReturnMethod } from './types';

export interface ActionValues {
  reason?: string | undefined;
  note?: string | undefined;
  stepId?: number | undefined;
  assigneeUsername?: string | undefined;
  nextAssigneeUsername?: string | undefined;
  /** ISO instants. */
  newAppointmentAt?: string | undefined;
  signedAt?: string | undefined;
  method?: ReturnMethod | undefined;
  files?: FileBody[] | undefined;
}

const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** Sends one action with the version the official saw, so a stale screen gets DOSSIER_STALE. */
export async function runAction(code: string, action: ActionKey, v: ActionValues, expectedVersion: number): Promise<Dossier> {
  const path = { code };
  const note = blank(v.note);
  const reason = v.reason?.trim() ?? '';
  switch (action) {
    case 'intake_accept':
      return unwrap(await api.POST('/api/dossiers/{code}/intake', { params: { path }, body: { decision: 'accept', expectedVersion } }));
    case 'intake_supplement':
      return unwrap(await api.POST('/api/dossiers/{code}/intake', { params: { path }, body: { decision: 'request_supplement', reason, expectedVersion } }));
    case 'intake_refuse':
      return unwrap(await api.POST('/api/dossiers/{code}/intake', { params: { path }, body: { decision: 'refuse', reason, expectedVersion } }));
    case 'complete':
      return unwrap(
        await api.POST('/api/dossiers/{code}/steps/complete', {
          params: { path },
          body: { expectedVersion, note, stepId: v.stepId, nextAssigneeUsername: blank(v.nextAssigneeUsername) },
        }),
      );
    case 'return':
      return unwrap(await api.POST('/api/dossiers/{code}/steps/return', { params: { path }, body: { expectedVersion, reason, stepId: v.stepId } }));
    case 'assign':
      return unwrap(
        await api.POST('/api/dossiers/{code}/steps/assign', {
          params: { path },
          body: { expectedVersion, note, stepId: v.stepId, assigneeUsername: v.assigneeUsername ?? '' },
        }),
      );
    case 'supplement_request':
      return unwrap(await api.POST('/api/dossiers/{code}/supplement-request', { params: { path }, body: { expectedVersion, reason } }));
    case 'supplement_receive':
      return unwrap(await api.POST('/api/dossiers/{code}/supplement', { params: { path }, body: { expectedVersion, note, files: v.files ?? [] } }));
    case 'apology':
      return unwrap(
        await api.POST('/api/dossiers/{code}/apology', { params: { path }, body: { expectedVersion, reason, newAppointmentAt: v.newAppointmentAt ?? '' } }),
      );
    case 'approve':
    case 'reject':
      return unwrap(
        await api.POST('/api/dossiers/{code}/result', {
          params: { path },
          body: {
            expectedVersion,
            note,
            outcome: action === 'approve' ? 'approved' : 'rejected',
            reason: action === 'reject' ? reason : undefined,
            signedAt: v.signedAt,
            files: v.files ?? [],
          },
        }),
      );
    case 'hand_over':
      return unwrap(await api.POST('/api/dossiers/{code}/hand-over', { params: { path }, body: { expectedVersion, note, method: v.method ?? 'counter' } }));
    case 'withdraw':
      return unwrap(await api.POST('/api/dossiers/{code}/withdraw', { params: { path }, body: { expectedVersion, reason } }));
  }
}
