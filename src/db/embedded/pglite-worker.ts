// Runs PGlite off the main thread so a long query never blocks the HTTP server's event loop,
// and serves it over the PostgreSQL wire protocol so both databases share the `pg` driver.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface WorkerInput {
  dataDir: string;
  socketPath: string;
}

interface CopyRequest {
  type: 'copy';
  id: number;
  statement: string;
  data: Uint8Array;
}

const isCopyRequest = (msg: unknown): msg is CopyRequest => typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'copy';

/** What a database error says, as plain data that crosses to the main thread. */
function errorFields(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: String(e) };
  const { code, detail, constraint, table } = e as Error & Record<string, unknown>;
  return { message: e.message, code, detail, constraint, table };
}

const input = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('pglite-worker must run in a worker thread');

try {
  const db = await PGlite.create({ dataDir: input.dataDir });
  // One connection: PGlite has a single session, so a shared one would interleave transactions.
  const server = new PGLiteSocketServer({ db, path: input.socketPath, maxConnections: 1 });
  await server.start();
  port.on('message', (msg: unknown) => {
    if (isCopyRequest(msg)) {
      // Runs between two protocol messages of the socket's session, so inside its open transaction.
      db.query(msg.statement, [], { blob: new Blob([msg.data]) }).then(
        () => port.postMessage({ type: 'copied', id: msg.id }),
        (e: unknown) => port.postMessage({ type: 'copy-failed', id: msg.id, error: errorFields(e) }),
      );
      return;
    }
    if (msg !== 'close') return;
    void (async () => {
      await server.stop();
      await db.close();
      port.postMessage({ type: 'closed' });
    })();
  });
  port.postMessage({ type: 'ready' });
} catch (e) {
  port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}
