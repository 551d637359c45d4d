import type { Executor } from '../db/types';
import { auditLog } from './schema';
import type { AuditEventType } from './audit-events';

export async function recordAudit(
  db: Executor,
  event: { type: AuditEventType; actorId: number | null; subject?: string; data?: unknown },
): Promise<void> {
  await db.insert(auditLog).values({
    type: event.type,
    actorId: event.actorId,
    subject: event.subject ?? null,
    data: event.data ?? null,
  });
}
