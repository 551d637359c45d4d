// Runs PGlite off the main thread so a long query never blocks the HTTP server's event loop,
// and serves it over the PostgreSQL wire protocol so both databases share the `pg` driver.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface WorkerInput {
  dataDir: string;
  socketPath: string;
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
