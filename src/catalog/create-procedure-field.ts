import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { AppError } from '../shared/errors';
import { procedureFields } from './schema';
import type { FieldDto } from './procedure-dto';

/** Adds a field (lĩnh vực) procedures can be filed under. */
export async function createProcedureField(
  db: Executor,
  actor: Actor,
  input: { code: string; name: string },
): Promise<FieldDto> {
  authorize(actor, { anyOf: ['admin'] });
  const [row] = await db
    .insert(procedureFields)
    .values({ code: input.code, name: input.name })
    .onConflictDoNothing({ target: procedureFields.code })
    .returning({ id: procedureFields.id, code: procedureFields.code, name: procedureFields.name });
  if (!row) throw new AppError('PROCEDURE_FIELD_CODE_TAKEN', { code: input.code });
  return row;
}
