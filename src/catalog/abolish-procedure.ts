import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../shared/errors';
import { procedureComponents, procedureVersions } from './schema';
import type { DecisionInput } from './procedure-input';
import { publishVersion } from './publish-version';
import { loadProcedureDetail } from './get-procedure';
import { lockProcedure } from './lock-procedure';
import type { ProcedureDetailDto } from './procedure-dto';

/**
 * Abolishes a procedure (bãi bỏ): a last version repeats the content with the abolishing decision,
 * so the version that published it keeps its own decision.
 */
export async function abolishProcedure(
  db: Executor,
  actor: Actor,
  input: DecisionInput & { code: string },
): Promise<ProcedureDetailDto> {
  authorize(actor, { anyOf: ['admin'] });
  return db.transaction(async (tx) => {
    const proc = await lockProcedure(tx, input.code);
    const [current] = await tx.select().from(procedureVersions).where(eq(procedureVersions.id, proc.currentVersionId));
    if (current?.status !== 'active') throw new AppError('PROCEDURE_ABOLISHED', { code: input.code });
    const components = await tx
      .select()
      .from(procedureComponents)
      .where(eq(procedureComponents.versionId, current.id))
      .orderBy(procedureComponents.position);
    const published = await publishVersion(tx, {
      procedureId: proc.id,
      procedureCode: input.code,
      content: {
        ...current,
        components,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        effectiveDate: input.effectiveDate,
      },
      status: 'abolished',
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      type: 'PROCEDURE_VERSION_CREATED',
      actorId: actor.userId,
      subject: `procedure:${input.code}`,
      data: { versionId: published.versionId, version: published.version, status: 'abolished' },
    });
    return loadProcedureDetail(tx, input.code);
  });
}
