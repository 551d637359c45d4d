import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { systemActor } from '../accounts/actor';
import { withDatabase } from '../cli/with-database';
import type { Config } from '../config';
import type { Database } from '../db/open-database';
import { AppError } from '../shared/errors';
import { exportLateDossiers, exportLateOfficials, lateFormats, type LateExport, type LateFormat } from './late-export';
import { parseMonth } from './late-format';
import { buildMonthlyNotice } from './notice-monthly';

/** Usage lines of the subcommands, for the `report` command's help. */
export const lateSubcommandUsage = {
  'late-officials': 'motcua report late-officials --agency MÃ --from YYYY-MM-DD --to YYYY-MM-DD [--format json|xlsx|docx] [--out TỆP]',
  'late-dossiers': 'motcua report late-dossiers --agency MÃ --from YYYY-MM-DD --to YYYY-MM-DD [--format json|xlsx|docx] [--out TỆP]',
  notice: 'motcua report notice --agency MÃ --month YYYY-MM --out TỆP.docx [--number SỐ] [--signer-title CHỨC DANH] [--signer-name HỌ TÊN] [--issued-on YYYY-MM-DD]',
} as const;

/** One-line summaries of the subcommands, for the `report` command's help. */
export const lateSubcommandSummary = {
  'late-officials': 'Danh sách cán bộ, công chức giải quyết trễ hạn bước xử lý của hồ sơ trễ hạn trong kỳ, theo cấp',
  'late-dossiers': 'Danh sách hồ sơ giải quyết trễ hạn trong kỳ (trễ thực tế hoặc do chậm thao tác trên hệ thống), theo cấp',
  notice: 'Thông báo hằng tháng về hồ sơ, cán bộ giải quyết trễ hạn (Word, kèm phụ lục 01–06)',
} as const;

type Open = <T>(fn: (database: Database, config: Config) => Promise<T>) => Promise<T>;

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values;
  } catch (e) {
    const option = /'([^']+)'/.exec(e instanceof Error ? e.message : String(e))?.[1];
    throw new AppError('LATE_CLI_USAGE', { detail: `${option ? `Tùy chọn không hợp lệ hoặc thiếu giá trị: ${option}` : 'Tham số không hợp lệ.'}\nCách dùng: ${usage}` });
  }
}

function required(value: string | undefined, name: string, usage: string): string {
  if (!value) throw new AppError('LATE_CLI_USAGE', { detail: `Thiếu --${name}.\nCách dùng: ${usage}` });
  return value;
}

const listOptions = { agency: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } as const;

/**
 * The `report` subcommands of the late lists, acting as the system. `open` gives the database
 * (the configured one by default).
 */
export function lateSubcommands(open: Open = withDatabase) {
  const list =
    <T>(name: keyof typeof lateSubcommandUsage, run: (database: Database, input: { agencyCode: string; from: string; to: string; format: LateFormat }) => Promise<LateExport<T>>) =>
    async (args: string[]): Promise<number> => {
      const usage = lateSubcommandUsage[name];
      const v = parse(args, listOptions, usage);
      const format = (v.format ?? 'json') as LateFormat;
      if (!lateFormats.includes(format)) throw new AppError('LATE_CLI_USAGE', { detail: `Định dạng không hợp lệ: ${format} (json, xlsx hoặc docx).\nCách dùng: ${usage}` });
      if (format !== 'json' && !v.out) throw new AppError('LATE_CLI_USAGE', { detail: `Định dạng ${format} cần --out TỆP.\nCách dùng: ${usage}` });
      const input = { agencyCode: required(v.agency, 'agency', usage), from: required(v.from, 'from', usage), to: required(v.to, 'to', usage), format };
      const result = await open((database) => run(database, input));
      const body = result.format === 'json' ? `${JSON.stringify(result.data, null, 2)}\n` : result.file.body;
      if (v.out) {
        await writeFile(v.out, body);
        console.log(`Đã ghi ${v.out}`);
      } else {
        process.stdout.write(body);
      }
      return 0;
    };

  const lateOfficials = list('late-officials', (database, input) => exportLateOfficials(database.db, systemActor, input));
  const lateDossiers = list('late-dossiers', (database, input) => exportLateDossiers(database.db, systemActor, input));

  const notice = async (args: string[]): Promise<number> => {
    const usage = lateSubcommandUsage.notice;
    const v = parse(
      args,
      {
        agency: { type: 'string' },
        month: { type: 'string' },
        out: { type: 'string' },
        number: { type: 'string' },
        'signer-title': { type: 'string' },
        'signer-name': { type: 'string' },
        'issued-on': { type: 'string' },
      },
      usage,
    );
    const agencyCode = required(v.agency, 'agency', usage);
    const month = parseMonth(required(v.month, 'month', usage));
    const out = required(v.out, 'out', usage);
    const body = await open((database) =>
      buildMonthlyNotice(database.db, systemActor, {
        agencyCode,
        ...month,
        number: v.number,
        signer: { title: v['signer-title'], name: v['signer-name'] },
        issuedOn: v['issued-on'],
      }),
    );
    await writeFile(out, body);
    console.log(`Đã ghi ${out}`);
    return 0;
  };

  return { lateOfficials, lateDossiers, notice };
}

export const { lateOfficials, lateDossiers, notice } = lateSubcommands();
