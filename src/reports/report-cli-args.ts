import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../shared/errors';
import { resolvePeriodInput } from './period-input';
import { periodPresets, type Period, type PeriodPreset } from './periods';
import { binaryFormats, type ExportFormat } from './report-files';
import { reportGroupings, type ReportGrouping } from './report-scope';

/**
 * Building blocks of the `motcua report …` subcommands: argument parsing with Vietnamese errors (exit
 * code 2), the period options shared by every report, and writing the result to stdout or a file.
 */

/** One `motcua report <name>` subcommand; list it in report-subcommands.ts. */
export interface ReportSubcommand {
  /** `motcua report form06 --agency MÃ …`. */
  readonly usage: string;
  readonly summary: string;
  run(args: string[]): Promise<number>;
}

export function usageError(detail: string, usage: string): AppError {
  return new AppError('REPORT_CLI_USAGE', { detail: `${detail}\nCách dùng: ${usage}` });
}

export function parseReportArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const option = /'([^']+)'/.exec(message)?.[1];
    throw usageError(option ? `Tùy chọn không hợp lệ hoặc thiếu giá trị: ${option}` : 'Tham số không hợp lệ.', usage);
  }
}

/** `--from D --to D`, or `--period P --year Y [--index N]`. */
export const periodOptions = {
  from: { type: 'string' },
  to: { type: 'string' },
  period: { type: 'string' },
  year: { type: 'string' },
  index: { type: 'string' },
} as const;

export const periodUsage = '(--from YYYY-MM-DD --to YYYY-MM-DD | --period month|quarter|half|year|cutoff --year Y [--index N])';

function integerOf(name: string, text: string | undefined, usage: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,4}$/.test(text.trim())) throw usageError(`Giá trị của --${name} phải là một số nguyên: "${text}".`, usage);
  return Number(text.trim());
}

export function periodOf(values: { from?: string; to?: string; period?: string; year?: string; index?: string }, usage: string): Period {
  if (values.period !== undefined && !(periodPresets as readonly string[]).includes(values.period)) {
    throw usageError(`Kỳ định sẵn không hợp lệ: "${values.period}" (${periodPresets.join(', ')}).`, usage);
  }
  return resolvePeriodInput({
    from: values.from,
    to: values.to,
    period: values.period as PeriodPreset | undefined,
    year: integerOf('year', values.year, usage),
    index: integerOf('index', values.index, usage),
  });
}

export function requiredOf(name: string, value: string | undefined, usage: string): string {
  if (value === undefined || value.trim() === '') throw usageError(`Thiếu --${name}.`, usage);
  return value.trim();
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T, usage: string): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw usageError(`Giá trị của --${name} không hợp lệ: "${value}" (${allowed.join(', ')}).`, usage);
  return value as T;
}

export function groupingOf(value: string | undefined, usage: string): ReportGrouping {
  return oneOf('by', value, reportGroupings, 'child', usage);
}

export function positiveOf(name: string, value: string | undefined, fallback: number, max: number, usage: string): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= max)) throw usageError(`Giá trị của --${name} phải là số nguyên từ 1 đến ${max}: "${value}".`, usage);
  return n;
}

/** Binary formats go only to a file: checked before any work so the mistake costs nothing. */
export function requireOutFor(format: ExportFormat, out: string | undefined): void {
  if (binaryFormats.includes(format) && (out === undefined || out.trim() === '')) throw new AppError('REPORT_OUTPUT_REQUIRED', { format });
}

/** Text to stdout when no file is named; otherwise the file, and a confirmation on stderr. */
export async function emit(body: string | Buffer, out: string | undefined): Promise<void> {
  if (out === undefined) {
    process.stdout.write(typeof body === 'string' && !body.endsWith('\n') ? `${body}\n` : body);
    return;
  }
  const path = resolve(out);
  await writeFile(path, body);
  console.error(`Đã ghi tệp ${path}`);
}
