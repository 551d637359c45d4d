import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { userRoles, users } from '../accounts/schema';
import { recordAudit } from '../audit/record-audit';
import type { Executor } from '../db/types';
import type { OfficialLine } from './history-lines';

/**
 * An official of the previous system: an account without a password (it cannot sign in until an
 * administrator sets one) holding the specialist role at their agency. An existing username is kept.
 */
export async function writeImportedOfficial(
  tx: Executor,
  actor: Actor,
  line: OfficialLine,
  agencyId: number,
): Promise<{ id: number; created: boolean; agencyId: number | null }> {
  const [row] = await tx
    .insert(users)
    .values({ username: line.username, fullName: line.name, agencyId, passwordHash: null })
    .onConflictDoNothing({ target: users.username })
    .returning({ id: users.id });
  if (!row) {
    const [existing] = await tx.select({ id: users.id, agencyId: users.agencyId }).from(users).where(eq(users.username, line.username));
    return { id: existing!.id, created: false, agencyId: existing!.agencyId };
  }
  await tx.insert(userRoles).values({ userId: row.id, role: 'specialist', agencyId });
  await recordAudit(tx, {
    type: 'USER_CREATED',
    actorId: actor.userId,
    subject: `user:${row.id}`,
    data: { username: line.username, agencyId, roles: [{ role: 'specialist', agencyId }], source: 'history-import' },
  });
  return { id: row.id, created: true, agencyId };
}
