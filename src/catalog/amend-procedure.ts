import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../shared/errors';
import { procedureVersions } from './schema';
import type { ProcedureContent } from './procedure-input';
import { publishVersion, resolveContent } from './publish-version';
import { carryWorkflows, type CarriedWorkflows } from './replace-workflow';
import { loadProcedureDetail } from './get-procedure';
import { lockProcedure } from './lock-procedure';
import type { ProcedureDetailDto } from './procedure-dto';

export interface AmendResult {
  readonly procedure: ProcedureDetailDto;
  /** Workflows of the previous version that no longer fit the new published time. */
  readonly droppedWorkflows: CarriedWorkflows['dropped'];
}

/**
 * Publishes a new version of an active procedure (sửa đổi, bổ sung). The previous version stays
 * untouched for the dossiers received under it; its workflows are copied when they still fit.
 */
export async function amendProcedure(
  db: Executor,
  actor: Actor,
  input: ProcedureContent & { code: string },
): Promise<AmendResult> {
  authorize(actor, { anyOf: ['admin'] });
  return db.transaction(async (tx) => {
    const proc = await lockProcedure(tx, input.code);
    const [previous] = await tx
      .select({ status: procedureVersions.status, timeUnit: procedureVersions.timeUnit })
      .from(procedureVersions)
      .where(eq(procedureVersions.id, proc.currentVersionId));
    if (previous?.status !== 'active') throw new AppError('PROCEDURE_ABOLISHED', { code: input.code });
    const content = await resolveContent(tx, input);
    const published = await publishVersion(tx, {
      procedureId: proc.id,
      procedureCode: input.code,
      content,
      status: 'active',
      createdBy: actor.userId,
    });
    const workflows = await carryWorkflows(tx, {
      fromVersionId: proc.currentVersionId,
      toVersionId: published.versionId,
      publishedDuration: content.publishedDuration,
      timeUnit: content.timeUnit,
      previousTimeUnit: previous.timeUnit,
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      type: 'PROCEDURE_VERSION_CREATED',
      actorId: actor.userId,
      subject: `procedure:${input.code}`,
      data: {
        versionId: published.versionId,
        version: published.version,
        previousVersionId: published.previousVersionId,
        status: 'active',
        workflowsCarried: workflows.carried,
        workflowsDropped: workflows.dropped.length,
      },
    });
    return { procedure: await loadProcedureDetail(tx, input.code), droppedWorkflows: workflows.dropped };
  });
}
