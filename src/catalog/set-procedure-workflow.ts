import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { recordAudit } from '../audit/record-audit';
import { agencies } from '../agencies/schema';
import { AppError } from '../shared/errors';
import { procedureVersions } from './schema';
import type { SetWorkflowInput } from './procedure-input';
import { replaceWorkflow } from './replace-workflow';
import { loadWorkflows } from './load-versions';
import { lockProcedure } from './lock-procedure';
import { assertValidWorkflow } from './validate-workflow';
import type { WorkflowDto } from './procedure-dto';

/**
 * Sets the processing steps of a procedure's current version at a receiving agency (or the default
 * one). The steps must add up to the published time; the previous workflow is kept as replaced.
 */
export async function setProcedureWorkflow(
  db: Executor,
  actor: Actor,
  input: SetWorkflowInput & { code: string },
): Promise<WorkflowDto> {
  authorize(actor, { anyOf: ['admin'] });
  return db.transaction(async (tx) => {
    const proc = await lockProcedure(tx, input.code);
    const [current] = await tx
      .select({ status: procedureVersions.status, publishedDuration: procedureVersions.publishedDuration, timeUnit: procedureVersions.timeUnit })
      .from(procedureVersions)
      .where(eq(procedureVersions.id, proc.currentVersionId));
    if (current?.status !== 'active') throw new AppError('PROCEDURE_ABOLISHED', { code: input.code });
    assertValidWorkflow(input.steps, current.publishedDuration, current.timeUnit);
    const referenced = [input.agencyId, ...input.steps.map((s) => s.agencyId)].filter((id): id is number => id !== null);
    if (referenced.length > 0) {
      const found = await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, referenced));
      const known = new Set(found.map((a) => a.id));
      const missing = referenced.find((id) => !known.has(id));
      if (missing !== undefined) throw new AppError('CATALOG_AGENCY_NOT_FOUND', { ref: `id ${missing}` });
    }
    const workflowId = await replaceWorkflow(tx, {
      versionId: proc.currentVersionId,
      agencyId: input.agencyId,
      steps: input.steps,
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      type: 'PROCEDURE_WORKFLOW_SET',
      actorId: actor.userId,
      subject: `procedure:${input.code}`,
      data: { versionId: proc.currentVersionId, workflowId, agencyId: input.agencyId, steps: input.steps.length },
    });
    const workflows = (await loadWorkflows(tx, [proc.currentVersionId])).get(proc.currentVersionId) ?? [];
    return workflows.find((w) => w.id === workflowId)!;
  });
}
