import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../shared/errors';
import { procedures } from './schema';
import type { CreateProcedureInput } from './procedure-input';
import { publishVersion, resolveContent } from './publish-version';
import { loadProcedureDetail } from './get-procedure';
import type { ProcedureDetailDto } from './procedure-dto';

/** Adds a procedure to the catalog with its first version. */
export async function createProcedure(db: Executor, actor: Actor, input: CreateProcedureInput): Promise<ProcedureDetailDto> {
  authorize(actor, { anyOf: ['admin'] });
  return db.transaction(async (tx) => {
    const content = await resolveContent(tx, input);
    const [created] = await tx
      .insert(procedures)
      .values({ code: input.code })
      .onConflictDoNothing({ target: procedures.code })
      .returning({ id: procedures.id });
    if (!created) throw new AppError('PROCEDURE_CODE_TAKEN', { code: input.code });
    const published = await publishVersion(tx, {
      procedureId: created.id,
      procedureCode: input.code,
      content,
      status: 'active',
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      type: 'PROCEDURE_VERSION_CREATED',
      actorId: actor.userId,
      subject: `procedure:${input.code}`,
      data: { versionId: published.versionId, version: published.version, status: 'active' },
    });
    return loadProcedureDetail(tx, input.code);
  });
}
