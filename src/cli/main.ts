import { isAppError } from '../shared/errors';
import type { CommandEntry } from './command';

const commands: CommandEntry[] = [
  {
    name: 'start',
    summary: 'Chạy máy chủ (tự động migrate, nạp dữ liệu mẫu ở chế độ demo)',
    usage: 'motcua start',
    load: async () => (await import('./start-command')).startCommand,
  },
  {
    name: 'migrate',
    summary: 'Áp dụng các migration cơ sở dữ liệu còn thiếu',
    usage: 'motcua migrate',
    load: async () => (await import('./migrate-command')).migrateCommand,
  },
  {
    name: 'calendar',
    summary: 'Lịch làm việc: ngày nghỉ của năm, tính hạn xử lý',
    usage: 'motcua calendar YEAR --json | calendar due --received ISO --days N',
    load: async () => (await import('../calendar/cli')).calendarCommand,
  },
  {
    name: 'report',
    summary: 'Báo cáo thống kê mẫu 06 (JSON, CSV, Excel, Word), hồ sơ theo ô số liệu, công bố và đối chiếu',
    usage: 'motcua report form06|drill|late-officials|late-dossiers|notice|publish|compare …',
    load: async () => (await import('../reports/report-command')).reportCommand,
  },
  {
    name: 'import',
    summary: 'Nhập dữ liệu lịch sử (cơ quan, thủ tục, cán bộ, hồ sơ) từ tệp NDJSON',
    usage: 'motcua import FILE.ndjson [--batch N]',
    load: async () => (await import('../imports/cli')).importCommand,
  },
  {
    name: 'jobs',
    summary: 'Liệt kê hoặc chạy ngay các tác vụ định kỳ (cảnh báo sắp đến hạn, đóng hồ sơ không bổ sung)',
    usage: 'motcua jobs [run TÊN]',
    load: async () => (await import('../jobs/cli')).jobsCommand,
  },
];

function help(): string {
  const lines = commands.map((c) => `  ${c.usage.padEnd(72)} ${c.summary}`);
  return ['MotCua — Hệ thống thông tin giải quyết thủ tục hành chính', '', 'Cách dùng: npx motcua <lệnh>', ...lines].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 1;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    console.error(`Lệnh không hợp lệ: ${name}\n\n${help()}`);
    return 2;
  }
  return (await entry.load()).run(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (isAppError(e)) {
    console.error(`Lỗi [${e.code}]: ${e.message}`);
    process.exitCode = e.status === 400 ? 2 : 1;
  } else {
    console.error(e);
    process.exitCode = 1;
  }
}
