import type { Command } from '../cli/command';
import { withDatabase } from '../cli/with-database';
import { AppError } from '../shared/errors';
import { runJobNow } from './run-job-now';
import { jobNames, jobSpec, scheduledJobs } from './scheduled-jobs';

const USAGE = 'Cách dùng:\n  motcua jobs              (liệt kê tác vụ định kỳ)\n  motcua jobs run TÊN      (chạy ngay một tác vụ)';

function list(): void {
  const lines = ['Tác vụ định kỳ (giờ Việt Nam):'];
  for (const name of jobNames) {
    const spec = scheduledJobs[name];
    lines.push(`  ${name.padEnd(22)} ${spec.cron.padEnd(14)} ${spec.summary}`);
  }
  console.log(lines.join('\n'));
}

export const jobsCommand: Command = {
  name: 'jobs',
  summary: 'Liệt kê hoặc chạy ngay các tác vụ định kỳ (cảnh báo đến hạn, đóng hồ sơ không bổ sung)',
  usage: 'motcua jobs [run TÊN]',
  async run(args) {
    if (args.length === 0) {
      list();
      return 0;
    }
    const [verb, name, ...rest] = args;
    if (verb !== 'run' || !name || rest.length > 0) {
      throw new AppError('VALIDATION_FAILED', { detail: `tham số không hợp lệ.\n${USAGE}` });
    }
    jobSpec(name);
    const result = await withDatabase((database) => runJobNow(database.db, name));
    console.log(`Tác vụ ${name} đã chạy xong: ${JSON.stringify(result)}`);
    return 0;
  },
};
