import type { Db, Executor } from '../db/types';
import type { Clock } from '../shared/clock';
import { loadForUpdate } from './load-dossier';
import type { DossierRow } from './record-transition';
import { AppError } from '../shared/errors';

export type Loaded = Awaited<ReturnType<typeof loadForUpdate>>;

/** Runs one dossier command in a transaction on the dossier locked FOR UPDATE, at server time. */
export async function actOnDossier(
  db: Db,
  clock: Clock,
  code: string,
  command: (tx: Executor, loaded: Loaded, now: Date) => Promise<DossierRow>,
  expectedVersion?: number,
): Promise<DossierRow> {
  return db.transaction(async (tx) => {
    const loaded = await loadForUpdate(tx, code);
    // Stale data is reported before anything else: the screen the official acted on is outdated.
    if (expectedVersion !== undefined && expectedVersion !== loaded.dossier.version) {
      throw new AppError('DOSSIER_STALE', { expected: expectedVersion, actual: loaded.dossier.version });
    }
    return command(tx, loaded, clock.now());
  });
}
