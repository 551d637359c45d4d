import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { runMigrations } from '../db/migrate';
import { buildApp } from '../http/build-app';
import { seedOnStart } from '../seed/seed-on-start';
import { ensureWebBuild } from '../http/ensure-web-build';
import { startJobs } from '../jobs/start-jobs';
import type { Command } from './command';

export const startCommand: Command = {
  name: 'start',
  summary: 'Chạy máy chủ (tự động migrate, nạp dữ liệu mẫu ở chế độ demo)',
  usage: 'motcua start',
  async run() {
    const config = loadConfig();
    try {
      await ensureWebBuild();
    } catch (e) {
      // The API stays useful without the web app; say why the pages are missing.
      console.error(`Không build được giao diện web: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    const database = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/db` });
    await runMigrations(database.db);
    const seeded = await seedOnStart(database.db, config, (line) => console.log(line));
    const jobs = await startJobs({ db: database.db, pool: database.pool, config });
    const app = await buildApp({ db: database.db, config }, { logger: { level: config.logLevel } });
    await app.listen({ host: config.host, port: config.port });
    const url = `http://localhost:${config.port}`;
    console.log(`\nMotCua đang chạy tại ${url}`);
    console.log(`  Cổng dịch vụ công: ${url}/   Trang cán bộ: ${url}/dang-nhap`);
    console.log(`  Tài liệu API (OpenAPI): ${url}/api/docs`);
    console.log(`  Cơ sở dữ liệu: ${database.kind === 'embedded' ? `nhúng (PGlite) tại ${config.dataDir}/db` : 'PostgreSQL'}`);
    if (seeded.demoAccounts.length > 0) {
      console.log('\nTài khoản dùng thử (chế độ demo):');
      for (const a of seeded.demoAccounts) console.log(`  ${a.username.padEnd(16)} mật khẩu: ${a.password.padEnd(14)} ${a.label}`);
    }
    const shutdown = async () => {
      await app.close();
      await jobs.stop();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
    await new Promise(() => undefined);
    return 0;
  },
};
