import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { recordAudit } from '../audit/record-audit';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { createAgencyInput, parseInput, type CreateAgencyInput } from './agency-inputs';
import { childPath } from './agency-path';
import { agencyColumns, findAgency, lockAgencyTree, type AgencyRow } from './agency-record';
import { assertPlacement, assertValidity } from './agency-rules';
import { agencies } from './schema';

/** Date before any data the system holds: the default start of a top-level agency. */
export const EARLIEST_VALID_FROM = '2000-01-01';

/**
 * Adds an agency under a parent (or at the top for a province). Dates not given are the parent's
 * (an explicit null end means "no end"); a subtree admin may add agencies only inside their subtree.
 */
export async function createAgency(db: Executor, actor: Actor, input: CreateAgencyInput): Promise<AgencyRow> {
  authorize(actor, { anyOf: ['admin'] });
  const data = parseInput(createAgencyInput, input);
  return db.transaction(async (tx) => {
    await lockAgencyTree(tx);
    const parentRef = data.parentId != null ? { id: data.parentId } : data.parentCode ? { code: data.parentCode } : null;
    const parent = parentRef ? await findAgency(tx, parentRef) : null;
    if (parentRef && !parent) {
      throw new AppError('AGENCY_PARENT_NOT_FOUND', { ref: 'id' in parentRef ? `#${parentRef.id}` : parentRef.code });
    }
    // Top-level agencies only for whole-system admins: no subtree covers "/".
    authorize(actor, { anyOf: ['admin'], agencyPath: parent?.path ?? '/' });
    assertPlacement(data.level, parent);
    const validity = {
      validFrom: data.validFrom ?? parent?.validFrom ?? EARLIEST_VALID_FROM,
      validTo: data.validTo === undefined ? (parent?.validTo ?? null) : data.validTo,
    };
    assertValidity(validity, parent);
    const [inserted] = await tx
      .insert(agencies)
      .values({
        code: data.code,
        name: data.name,
        level: data.level,
        parentId: parent?.id ?? null,
        // The real path needs the new id; it is set just below in the same transaction.
        path: '/',
        divisionCode: data.divisionCode ?? null,
        ...validity,
      })
      .onConflictDoNothing({ target: agencies.code })
      .returning({ id: agencies.id });
    if (!inserted) throw new AppError('AGENCY_CODE_TAKEN', { code: data.code });
    const [row] = await tx
      .update(agencies)
      .set({ path: childPath(parent?.path ?? null, inserted.id) })
      .where(eq(agencies.id, inserted.id))
      .returning(agencyColumns);
    await recordAudit(tx, {
      type: 'AGENCY_CREATED',
      actorId: actor.userId,
      subject: `agency:${row!.id}`,
      data: { code: row!.code, name: row!.name, level: row!.level, parentId: row!.parentId, ...validity },
    });
    return row!;
  });
}
