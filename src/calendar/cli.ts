import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Command } from '../cli/command';
import { withDatabase } from '../cli/with-database';
import { AppError } from '../shared/errors';
import { describeYear, type YearOverview } from './describe-year';
import { describeDuration, validateDuration, type Duration, type DurationUnit } from './duration';
import { formatDateVi, formatInstantVi } from './format-vietnamese';
import { loadWorkCalendar } from './load-work-calendar';
import { checkYear, shippedWorkCalendar, type WorkCalendar } from './work-calendar';
import { formatVietnamIso, parseInstant } from './vietnam-time';

const USAGE =
  'Cách dùng:\n' +
  '  motcua calendar NĂM [--json] [--db]\n' +
  '  motcua calendar due --received ISO (--days N | --hours N | --calendar-days N | --months N) [--agency ID] [--json] [--db]';

function usage(detail: string): AppError {
  return new AppError('CALENDAR_CLI_USAGE', { detail: `${detail}\n${USAGE}` });
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const option = /'([^']+)'/.exec(message)?.[1];
    throw usage(option ? `Tùy chọn không hợp lệ hoặc thiếu giá trị: ${option}` : 'Tham số không hợp lệ.');
  }
}

/** The shipped data and rules, or with `--db` the configured database (edited schedules, agency hours). */
async function withCalendar<T>(useDb: boolean, agencyId: number | undefined, fn: (c: WorkCalendar) => T): Promise<T> {
  if (!useDb) return fn(shippedWorkCalendar());
  return withDatabase(async (database) => fn(await loadWorkCalendar(database.db, agencyId)));
}

const originLabels: Record<YearOverview['origin'], string> = {
  decreed: 'lịch nghỉ đã được công bố',
  edited: 'lịch nghỉ do quản trị viên cập nhật',
  rules: 'tính theo quy định của Bộ luật Lao động (chưa có lịch công bố)',
};

function printYear(o: YearOverview): void {
  const lines = [`Lịch làm việc năm ${o.year} của cán bộ, công chức, viên chức — ${originLabels[o.origin]}`];
  if (o.note) lines.push(`Căn cứ: ${o.note}`);
  lines.push('', `Ngày nghỉ trong tuần (thứ Hai – thứ Sáu): ${o.daysOff.length}`);
  for (const d of o.daysOff) lines.push(`  ${formatDateVi(d.date).padEnd(20)} ${d.name}`);
  lines.push('', `Thứ Bảy làm việc: ${o.workingSaturdays.length}`);
  for (const d of o.workingSaturdays) lines.push(`  ${formatDateVi(d.date).padEnd(20)} ${d.name}`);
  lines.push('', 'Ngày lễ, Tết theo Bộ luật Lao động 2019, Điều 112 (mặc định khi chưa có quyết định):');
  for (const h of o.holidays) lines.push(`  ${formatDateVi(h.date).padEnd(20)} ${h.name}`);
  lines.push('', `Tổng số ngày làm việc trong năm: ${o.workingDayCount}`);
  console.log(lines.join('\n'));
}

async function runYear(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, db: { type: 'boolean' } });
  if (positionals.length !== 1 || !/^\d{4}$/.test(positionals[0]!)) throw usage('Cần đúng một năm gồm 4 chữ số.');
  const year = Number(positionals[0]);
  checkYear(year);
  const overview = await withCalendar(values.db === true, undefined, (c) => describeYear(c, year));
  if (values.json) {
    console.log(
      JSON.stringify({
        year,
        daysOff: overview.daysOff.map((d) => d.date),
        workingSaturdays: overview.workingSaturdays.map((d) => d.date),
      }),
    );
  } else {
    printYear(overview);
  }
  return 0;
}

const unitOptions: Record<string, DurationUnit> = {
  days: 'working_days',
  hours: 'working_hours',
  'calendar-days': 'calendar_days',
  months: 'months',
};

function numberOf(option: string, text: string): number {
  if (!/^\d+([.,]\d+)?$/.test(text.trim())) throw usage(`Giá trị của --${option} phải là một số không âm: "${text}".`);
  return Number(text.trim().replace(',', '.'));
}

async function runDue(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    received: { type: 'string' },
    days: { type: 'string' },
    hours: { type: 'string' },
    'calendar-days': { type: 'string' },
    months: { type: 'string' },
    agency: { type: 'string' },
    json: { type: 'boolean' },
    db: { type: 'boolean' },
  });
  if (positionals.length > 0) throw usage(`Tham số thừa: ${positionals.join(' ')}.`);
  if (typeof values.received !== 'string') throw usage('Thiếu --received (thời điểm tiếp nhận, ví dụ 2026-02-13T09:00:00+07:00).');
  const received = parseInstant(values.received);
  if (!received) throw new AppError('CALENDAR_INVALID_INSTANT', { value: values.received });
  const given = Object.keys(unitOptions).filter((k) => typeof (values as Record<string, unknown>)[k] === 'string');
  if (given.length !== 1) throw usage('Cần đúng một trong --days, --hours, --calendar-days, --months.');
  const option = given[0]!;
  const duration: Duration = validateDuration({
    amount: numberOf(option, (values as Record<string, string>)[option]!),
    unit: unitOptions[option]!,
  });
  let agencyId: number | undefined;
  if (values.agency !== undefined) {
    if (!values.db) throw usage('--agency cần dùng cùng --db (giờ làm việc riêng lưu trong cơ sở dữ liệu).');
    if (!/^\d+$/.test(values.agency)) throw usage(`Mã cơ quan không hợp lệ: "${values.agency}".`);
    agencyId = Number(values.agency);
  }
  const due = await withCalendar(values.db === true, agencyId, (c) => c.due(received, duration));
  if (values.json) {
    console.log(JSON.stringify({ due: formatVietnamIso(due) }));
  } else {
    console.log(
      [
        `Tiếp nhận:        ${formatInstantVi(received)}`,
        `Thời hạn:         ${describeDuration(duration)}`,
        `Hạn xử lý:        ${formatInstantVi(due)}`,
      ].join('\n'),
    );
  }
  return 0;
}

export const calendarCommand: Command = {
  name: 'calendar',
  summary: 'Lịch làm việc: ngày nghỉ của năm, tính hạn xử lý',
  usage: 'motcua calendar YEAR --json | calendar due --received ISO --days N',
  async run(args) {
    if (args[0] === 'due') return runDue(args.slice(1));
    return runYear(args);
  },
};
