import { Worker } from 'node:worker_threads';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../../shared/errors';
import { registerCopyTransport } from '../copy-rows';

export interface EmbeddedServer {
  /** Directory holding the Unix socket `.s.PGSQL.5432`, usable as the `pg` host. */
  readonly socketDir: string;
  stop(): Promise<void>;
}

const workerUrl = new URL('./pglite-worker.ts', import.meta.url).href;
// Workers do not inherit tsx's loader on Node 20, so the worker registers it itself.
const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); })`;

async function takeLock(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}.lock`,
      realpath: false,
      stale: 15_000,
      update: 5_000,
      onCompromised: (err) => console.error(`Mất khóa thư mục dữ liệu ${dataDir}: ${err.message}`),
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') throw new AppError('DB_LOCKED', { dir: dataDir });
    throw e;
  }
}

/** Opens the embedded database in `dataDir`, refusing a folder another process holds. */
export async function startEmbedded(dataDir: string): Promise<EmbeddedServer> {
  // PGlite does not create parent folders.
  mkdirSync(dirname(dataDir), { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  const release = await takeLock(dataDir);
  const socketDir = mkdtempSync(join(tmpdir(), 'motcua-pg-'));
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: { dataDir, socketPath: join(socketDir, '.s.PGSQL.5432') },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (msg: { type: string; message?: string }) => {
        if (msg.type === 'ready') resolve();
        else reject(new AppError('DB_UNREACHABLE', { detail: msg.message ?? msg.type }));
      });
    });
  } catch (e) {
    await worker.terminate();
    await release();
    rmSync(socketDir, { recursive: true, force: true });
    throw e;
  }
  const copies = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let nextCopy = 0;
  worker.on('message', (msg: { type: string; id?: number; error?: Record<string, unknown> }) => {
    const pending = msg.id === undefined ? undefined : copies.get(msg.id);
    if (!pending) return;
    copies.delete(msg.id!);
    if (msg.type === 'copied') pending.resolve();
    else {
      const message = typeof msg.error?.message === 'string' ? msg.error.message : 'COPY failed';
      pending.reject(Object.assign(new Error(message), msg.error));
    }
  });
  worker.on('exit', () => {
    for (const pending of copies.values()) pending.reject(new Error('embedded database stopped'));
    copies.clear();
  });
  const unregister = registerCopyTransport(
    socketDir,
    (statement, data) =>
      new Promise<void>((resolve, reject) => {
        const id = nextCopy++;
        copies.set(id, { resolve, reject });
        worker.postMessage({ type: 'copy', id, statement, data });
      }),
  );
  let stopped = false;
  return {
    socketDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      unregister();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 10_000);
        worker.on('message', (msg: { type: string }) => {
          if (msg.type !== 'closed') return;
          clearTimeout(timer);
          resolve();
        });
        worker.postMessage('close');
      });
      await worker.terminate();
      rmSync(socketDir, { recursive: true, force: true });
      await release();
    },
  };
}
