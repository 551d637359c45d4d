import { eq } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { AppError } from '../shared/errors';
import { procedures } from './schema';

/** The procedure row of a code, locked for the rest of the transaction. */
export async function lockProcedure(tx: Executor, code: string): Promise<{ id: number; currentVersionId: number }> {
  const [row] = await tx
    .select({ id: procedures.id, currentVersionId: procedures.currentVersionId })
    .from(procedures)
    .where(eq(procedures.code, code))
    .for('update');
  if (!row || row.currentVersionId === null) throw new AppError('PROCEDURE_NOT_FOUND', { code });
  return { id: row.id, currentVersionId: row.currentVersionId };
}
