import { createReadStream, existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { systemActor } from '../accounts/actor';
import type { Command } from '../cli/command';
import { withDatabase } from '../cli/with-database';
import { AppError, isAppError } from '../shared/errors';
import { importHistory, type ImportRejection, type LineChunk } from './import-history';
import { formatImportSummary, formatLineErrors } from './import-summary';
import { terminalProgress } from './progress-bar';

const USAGE = 'Cách dùng: motcua import TỆP.ndjson [--batch SỐ_HỒ_SƠ_MỖI_LẦN_GHI]';

/**
 * The lines of a file (without their line breaks) with the bytes they took, streamed a chunk at a
 * time: a province's history does not have to fit in memory, and a million lines are not a million
 * awaits. Chunks are cut at a line feed byte, which never occurs inside a multi-byte UTF-8 character.
 */
export async function* fileLines(path: string): AsyncGenerator<LineChunk> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let carry: Buffer | null = null;
  try {
    for await (const raw of stream as AsyncIterable<Buffer>) {
      const chunk: Buffer = carry ? Buffer.concat([carry, raw]) : raw;
      const end = chunk.lastIndexOf(0x0a);
      if (end === -1) {
        carry = chunk;
        continue;
      }
      carry = end + 1 < chunk.length ? chunk.subarray(end + 1) : null;
      yield { lines: chunk.toString('utf8', 0, end).split('\n').map(stripCr), bytes: end + 1 };
    }
    if (carry) yield { lines: [stripCr(carry.toString('utf8'))], bytes: carry.length };
  } finally {
    stream.destroy();
  }
}

const stripCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

export const importCommand: Command = {
  name: 'import',
  summary: 'Nhập dữ liệu lịch sử (cơ quan, thủ tục, cán bộ, hồ sơ) từ tệp NDJSON',
  usage: 'motcua import TỆP.ndjson [--batch N]',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { batch: { type: 'string' } }, allowPositionals: true, strict: true });
    } catch {
      throw new AppError('IMPORT_CLI_USAGE', { detail: `Tham số không hợp lệ.\n${USAGE}` });
    }
    const file = parsed.positionals[0];
    if (parsed.positionals.length !== 1 || !file) throw new AppError('IMPORT_CLI_USAGE', { detail: `Cần đúng một tệp NDJSON.\n${USAGE}` });
    if (!existsSync(file) || !statSync(file).isFile()) throw new AppError('IMPORT_CLI_USAGE', { detail: `Không tìm thấy tệp ${file}.` });
    const batchSize = parsed.values.batch === undefined ? undefined : Number(parsed.values.batch);
    if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 50_000)) {
      throw new AppError('IMPORT_CLI_USAGE', { detail: `--batch phải là số nguyên từ 1 đến 50000.\n${USAGE}` });
    }
    const progress = terminalProgress(statSync(file).size);
    return withDatabase(async (database) => {
      try {
        const summary = await importHistory(database.db, systemActor, fileLines(file), {
          onProgress: (p) => progress.update(p),
          ...(batchSize ? { batchSize } : {}),
        });
        console.log(formatImportSummary(summary));
        return 0;
      } catch (e) {
        if (isAppError(e) && e.code === 'IMPORT_REJECTED') {
          const details = e.details as ImportRejection;
          console.error(formatLineErrors(details.errors, details.errorCount));
          return 2;
        }
        throw e;
      }
    });
  },
};
