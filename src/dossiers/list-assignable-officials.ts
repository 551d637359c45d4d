import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { users } from '../accounts/schema';
import { agencies } from '../agencies/schema';
import type { Db } from '../db/types';
import { AppError } from '../shared/errors';
import { assertCanRead } from './dossier-access';
import { scopeOf } from './load-dossier';
import { dossiers } from './schema';
import { stepsOf } from './workflow-progress';
import { eligibleFor } from './eligible-assignee';

/**
 * Who may be given a step of a dossier: active officials working in the step's agency subtree and
 * holding the step's role — the same people `assignStep` and the next-assignee choice accept.
 */
export async function listAssignableOfficials(db: Db, actor: Actor, code: string, stepId: number) {
  authorize(actor, { anyOf: ['receiving_officer', 'specialist', 'leader', 'admin'] });
  const [dossier] = await db.select().from(dossiers).where(eq(dossiers.code, code));
  if (!dossier) throw new AppError('DOSSIER_NOT_FOUND', { code });
  const steps = await stepsOf(db, dossier.id);
  assertCanRead(actor, scopeOf(dossier, steps), code);
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new AppError('DOSSIER_STEP_NOT_FOUND', { id: stepId });
  const [agency] = await db.select({ id: agencies.id, code: agencies.code, name: agencies.name }).from(agencies).where(eq(agencies.id, step.agencyId));
  const officials = await db
    .selectDistinct({ username: users.username, fullName: users.fullName, agencyName: agencies.name })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eligibleFor(step))
    .orderBy(asc(users.fullName), asc(users.username))
    .limit(200);
  return {
    step: { id: step.id, name: step.name, role: step.role, status: step.status, agency: agency ?? null },
    officials,
  };
}
