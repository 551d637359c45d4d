import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { recordAudit } from '../audit/record-audit';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { addDays, isValidOn } from './agency-dates';
import { parseInput, succeedAgencyInput, type SucceedAgencyInput } from './agency-inputs';
import { agencyColumns, lockAgencyTree, requireAgency, type AgencyRow } from './agency-record';
import { inSubtree } from './agency-subtree';
import { agencies, agencySuccessions } from './schema';
import { successorChain } from './succession-rollup';

export interface SuccessionResult {
  readonly predecessor: AgencyRow;
  readonly successor: AgencyRow;
  readonly effectiveFrom: string;
}

/**
 * Records that from `effectiveFrom` the predecessor's work belongs to the successor (a merger or a
 * rename). The predecessor ends the day before unless its end is already set, and its own units end
 * with it. An agency is succeeded only once and a chain may not loop back.
 */
export async function succeedAgency(db: Executor, actor: Actor, input: SucceedAgencyInput): Promise<SuccessionResult> {
  authorize(actor, { anyOf: ['admin'] });
  const data = parseInput(succeedAgencyInput, input);
  if (data.predecessorId === data.successorId) throw new AppError('AGENCY_SUCCESSION_SELF');
  return db.transaction(async (tx) => {
    await lockAgencyTree(tx);
    const predecessor = await requireAgency(tx, { id: data.predecessorId }, { forUpdate: true });
    const successor = await requireAgency(tx, { id: data.successorId });
    authorize(actor, { anyOf: ['admin'], agencyPath: predecessor.path });
    authorize(actor, { anyOf: ['admin'], agencyPath: successor.path });

    const links = await tx.select().from(agencySuccessions);
    if (links.some((l) => l.predecessorId === predecessor.id)) {
      throw new AppError('AGENCY_ALREADY_SUCCEEDED', { code: predecessor.code });
    }
    if (successorChain(links, successor.id, '9999-12-31').includes(predecessor.id)) {
      throw new AppError('AGENCY_SUCCESSION_CYCLE', { successor: successor.code, predecessor: predecessor.code });
    }
    if (data.effectiveFrom <= predecessor.validFrom) {
      throw new AppError('AGENCY_SUCCESSION_DATE', {
        date: data.effectiveFrom,
        code: predecessor.code,
        validFrom: predecessor.validFrom,
      });
    }
    if (!isValidOn(successor, data.effectiveFrom)) {
      throw new AppError('AGENCY_SUCCESSOR_NOT_VALID', { code: successor.code, date: data.effectiveFrom });
    }
    if (predecessor.validTo !== null && predecessor.validTo >= data.effectiveFrom) {
      throw new AppError('AGENCY_SUCCESSION_OVERLAP', {
        code: predecessor.code,
        validTo: predecessor.validTo,
        date: data.effectiveFrom,
      });
    }

    const lastDay = predecessor.validTo ?? addDays(data.effectiveFrom, -1);
    // The predecessor and whatever below it was still open end on its last day.
    const closed = await tx
      .update(agencies)
      .set({ validTo: lastDay })
      .where(
        and(
          inSubtree(agencies.path, predecessor.path),
          lte(agencies.validFrom, lastDay),
          or(isNull(agencies.validTo), gt(agencies.validTo, lastDay)),
        ),
      )
      .returning({ id: agencies.id });
    await tx.insert(agencySuccessions).values({
      predecessorId: predecessor.id,
      successorId: successor.id,
      effectiveFrom: data.effectiveFrom,
      note: data.note ?? null,
    });
    await recordAudit(tx, {
      type: 'AGENCY_SUCCEEDED',
      actorId: actor.userId,
      subject: `agency:${predecessor.id}`,
      data: {
        predecessor: predecessor.code,
        successor: successor.code,
        effectiveFrom: data.effectiveFrom,
        predecessorValidTo: lastDay,
        closedAgencyIds: closed.map((c) => c.id),
      },
    });
    const [updated] = await tx.select(agencyColumns).from(agencies).where(eq(agencies.id, predecessor.id));
    return { predecessor: updated!, successor, effectiveFrom: data.effectiveFrom };
  });
}
