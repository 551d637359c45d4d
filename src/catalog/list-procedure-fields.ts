import { asc } from 'drizzle-orm';
import type { Executor } from '../db/types';
import type { Actor } from '../accounts/actor';
import { procedureFields } from './schema';
import type { FieldDto } from './procedure-dto';

/** Public: the fields (lĩnh vực) the portal groups procedures by. */
export async function listProcedureFields(db: Executor, _actor: Actor | null): Promise<FieldDto[]> {
  return db
    .select({ id: procedureFields.id, code: procedureFields.code, name: procedureFields.name })
    .from(procedureFields)
    .orderBy(asc(procedureFields.code));
}
