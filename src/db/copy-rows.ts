import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CopyBinaryRows } from './copy-binary';
import type { Executor } from './types';

/**
 * Sends rows to COPY inside a transaction. The embedded database cannot take COPY FROM STDIN over its
 * socket (pglite-socket hands each protocol message to PGlite on its own, and a COPY needs them in one
 * call), so for it the same rows go to the worker, which gives them to PGlite as COPY FROM a blob in the
 * same single session, hence inside the caller's transaction.
 */
export type CopyTransport = (statement: string, data: Uint8Array) => Promise<void>;

/** Embedded databases by the socket directory their clients connect to. */
const embeddedTransports = new Map<string, CopyTransport>();

export function registerCopyTransport(socketDir: string, transport: CopyTransport): () => void {
  embeddedTransports.set(socketDir, transport);
  return () => embeddedTransports.delete(socketDir);
}

/** The `pg` client a drizzle transaction runs on: drizzle keeps it on its session without typing it. */
function clientOf(tx: Executor): pg.PoolClient {
  const client = (tx._.session as unknown as { client?: unknown }).client as pg.PoolClient | undefined;
  if (!client || typeof client.query !== 'function' || !('release' in client)) {
    throw new Error('copyRows needs a transaction of the node-postgres driver');
  }
  return client;
}

/**
 * Writes `rows` to `table`'s `columns` (in their order) with COPY. Must run in a transaction (`tx`
 * from `db.transaction`) with nothing else in flight on it: on the embedded database the rows do not
 * queue behind the client's pending statements.
 */
export async function copyRows(tx: Executor, table: string, columns: readonly string[], rows: CopyBinaryRows): Promise<void> {
  if (rows.rows === 0) return;
  const target = `${table} (${columns.join(', ')})`;
  const data = rows.finish();
  const client = clientOf(tx);
  const embedded = embeddedTransports.get((client as unknown as { host?: string }).host ?? '');
  if (embedded) return embedded(`copy ${target} from '/dev/blob' with (format binary)`, data);
  await pipeline(Readable.from([data]), client.query(copyFrom(`copy ${target} from stdin with (format binary)`)));
}
