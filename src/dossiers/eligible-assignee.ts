import { and, eq, like, sql } from 'drizzle-orm';
import type { Role } from '../accounts/roles';
import { userRoles, users } from '../accounts/schema';
import { agencies } from '../agencies/schema';
import type { Executor } from '../db/types';

/** A step as far as who may hold it is concerned: its role, and its agency's subtree. */
export interface StepPost {
  readonly role: string;
  readonly agencyPath: string;
}

/**
 * The conditions for holding a step: an active official working in the step's agency subtree with
 * the step's role. The one rule behind the list of assignable officials, assignment, and the next
 * assignee named when a step is completed.
 */
export function eligibleFor(step: StepPost) {
  return and(
    eq(users.active, true),
    like(agencies.path, `${step.agencyPath}%`),
    sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} = ${step.role as Role})`,
  );
}

/** The official `who` (a user id or a username) if they may hold the step, else null. */
export async function eligibleAssignee(tx: Executor, who: { id: number } | { username: string }, step: StepPost) {
  const [row] = await tx
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and('id' in who ? eq(users.id, who.id) : eq(users.username, who.username), eligibleFor(step)));
  return row ?? null;
}
