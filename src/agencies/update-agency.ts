import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { recordAudit } from '../audit/record-audit';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { parseInput, updateAgencyInput, type UpdateAgencyInput } from './agency-inputs';
import { childPath, isInSubtree } from './agency-path';
import { agencyColumns, findAgency, isUniqueViolation, lockAgencyTree, requireAgency, type AgencyRow } from './agency-record';
import { assertPlacement, assertValidity } from './agency-rules';
import { agencies } from './schema';

/**
 * Renames, recodes, changes the validity of, or moves an agency. A move rewrites the paths of the
 * whole subtree in one statement and is refused when the new parent lies inside that subtree.
 */
export async function updateAgency(
  db: Executor,
  actor: Actor,
  input: { readonly id: number } & UpdateAgencyInput,
): Promise<AgencyRow> {
  authorize(actor, { anyOf: ['admin'] });
  const { id, ...changes } = input;
  const data = parseInput(updateAgencyInput, changes);
  return db.transaction(async (tx) => {
    await lockAgencyTree(tx);
    const current = await requireAgency(tx, { id }, { forUpdate: true });
    authorize(actor, { anyOf: ['admin'], agencyPath: current.path });
    const moving = data.parentId !== undefined && data.parentId !== current.parentId;
    const parentId = data.parentId === undefined ? current.parentId : data.parentId;
    const parent = parentId === null ? null : await findAgency(tx, { id: parentId });
    if (parentId !== null && !parent) throw new AppError('AGENCY_PARENT_NOT_FOUND', { ref: `#${parentId}` });
    if (moving) {
      authorize(actor, { anyOf: ['admin'], agencyPath: parent?.path ?? '/' });
      if (parent && isInSubtree(parent.path, current.path)) throw new AppError('AGENCY_MOVE_CYCLE', { code: current.code });
      assertPlacement(current.level, parent);
    }
    const validity = {
      validFrom: data.validFrom ?? current.validFrom,
      validTo: data.validTo === undefined ? current.validTo : data.validTo,
    };
    assertValidity(validity, parent);

    const set = {
      ...(data.code !== undefined && { code: data.code }),
      ...(data.name !== undefined && { name: data.name }),
      ...(data.divisionCode !== undefined && { divisionCode: data.divisionCode }),
      ...validity,
    };
    try {
      // A savepoint, so a duplicate code leaves the transaction usable for the error path.
      await tx.transaction(async (sp) => {
        await sp.update(agencies).set(set).where(eq(agencies.id, id));
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('AGENCY_CODE_TAKEN', { code: data.code ?? current.code });
      throw e;
    }
    if (moving) {
      const oldPath = current.path;
      const newPath = childPath(parent?.path ?? null, id);
      await tx.execute(sql`
        update ${agencies}
        set path = ${newPath} || substr(path, ${oldPath.length + 1}),
            parent_id = case when id = ${id} then ${parentId}::int else parent_id end
        where path like ${`${oldPath}%`}`);
    }
    const [row] = await tx.select(agencyColumns).from(agencies).where(eq(agencies.id, id));
    await recordAudit(tx, {
      type: 'AGENCY_UPDATED',
      actorId: actor.userId,
      subject: `agency:${id}`,
      data: { before: pick(current, set, moving), after: pick(row!, set, moving) },
    });
    return row!;
  });
}

/** The fields that the update touched, for the audit trail. */
function pick(row: AgencyRow, set: object, moving: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(set)) out[key] = row[key as keyof AgencyRow];
  if (moving) {
    out.parentId = row.parentId;
    out.path = row.path;
  }
  return out;
}
