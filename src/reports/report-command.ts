import type { Command } from '../cli/command';
import { reportSubcommands } from './report-subcommands';

function help(): string {
  const entries = Object.values(reportSubcommands);
  return ['Báo cáo thống kê giải quyết thủ tục hành chính', '', 'Cách dùng:', ...entries.flatMap((s) => [`  ${s.usage}`, `      ${s.summary}`])].join('\n');
}

/** `motcua report <subcommand> …`: dispatches to the table in report-subcommands.ts. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'Báo cáo thống kê: mẫu 06 (JSON, CSV, Excel, Word), hồ sơ theo ô số liệu, công bố và đối chiếu',
  usage: 'motcua report form06|drill|publish|compare …',
  async run(args) {
    const [name, ...rest] = args;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      console.log(help());
      return name === undefined ? 2 : 0;
    }
    const sub = Object.hasOwn(reportSubcommands, name) ? reportSubcommands[name] : undefined;
    if (!sub) {
      console.error(`Lệnh báo cáo không hợp lệ: ${name}\n\n${help()}`);
      return 2;
    }
    return sub.run(rest);
  },
};
