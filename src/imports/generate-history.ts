import type { AgencyLevel } from '../agencies/agency-levels';
import type { DurationUnit } from '../calendar/duration';
import { addDays, dayOfWeek, formatVietnamIso, fromVietnamParts, isValidDate, MS_PER_HOUR } from '../calendar/vietnam-time';
import { shippedWorkCalendar, type WorkCalendar } from '../calendar/work-calendar';
import { formatDossierCode } from '../dossiers/dossier-code';
import type { Channel, Outcome } from '../dossiers/vocabulary';
import { AppError } from '../shared/errors';
import { Prng, WeightedPicker } from './prng';
import { vietnameseName } from './vietnamese-names';

/**
 * A deterministic generator of a province's dossier history as NDJSON dossier lines
 * (docs/import-format.md), for the benchmark and the demo. The same seed and input give the same
 * lines on any machine and in any TZ. What it aims to look like:
 * - receipts on working days inside working hours, more on Mondays and before Tết;
 * - 30–60% online depending on the procedure, a few by post, the rest at the counter;
 * - due times from the calendar; most dossiers finished early or on time, 3–12% late depending on
 *   the agency, a few late only in the software (signed in time, closed after the due time), a few
 *   stuck, and those not finished by `asOf` still pending;
 * - about 1% test dossiers, 1% withdrawn, 3% rejected;
 * - 2–4 steps each held by an official of the lead agency's subtree, each with its own due time,
 *   some overrunning it.
 */

export interface HistoryAgency {
  readonly code: string;
  readonly level: AgencyLevel;
  readonly parent?: string | null;
  readonly validFrom?: string;
  readonly validTo?: string | null;
}

export interface HistoryProcedure {
  readonly code: string;
  /** Published processing time. */
  readonly days: number;
  readonly unit?: DurationUnit;
  /** Lead agencies that resolve it; default every department, district and commune. */
  readonly agencies?: readonly string[];
  /** Relative popularity; default a long-tailed random weight. */
  readonly weight?: number;
}

export interface HistoryOfficial {
  readonly username: string;
  readonly agency: string;
}

export interface HistoryWorld {
  readonly agencies: readonly HistoryAgency[];
  readonly procedures: readonly HistoryProcedure[];
  readonly officials: readonly HistoryOfficial[];
}

export interface HistoryOptions {
  readonly seed: number;
  /** Receipt dates, Vietnam time, both included. */
  readonly from: string;
  readonly to: string;
  readonly count: number;
  /** Nothing happens after this instant: later results are still pending. Default: the end of `to`. */
  readonly asOf?: Date;
  readonly calendar?: WorkCalendar;
  /** Give applicants a (made-up) name; default true. */
  readonly applicantNames?: boolean;
}

/** One generated dossier line, before it is written as JSON. */
export interface GeneratedDossier {
  type: 'dossier';
  code: string;
  procedure: string;
  agency: string;
  channel: Channel;
  receivedAt: string;
  dueAt: string;
  finishedAt: string | null;
  outcome: Outcome | null;
  resultSignedAt: string | null;
  returnedAt: string | null;
  test: boolean;
  applicantName?: string;
  steps: { official: string; agency: string; startedAt: string; dueAt: string; completedAt: string | null }[];
}

const LEAD_LEVELS: readonly AgencyLevel[] = ['department', 'district', 'commune'];
const WORKDAY_MS = 8 * MS_PER_HOUR;
/** Planned share of the processing time of each step, by number of steps. */
const STEP_PLANS: Record<number, readonly number[]> = {
  2: [0.3, 0.7],
  3: [0.15, 0.65, 0.2],
  4: [0.1, 0.55, 0.25, 0.1],
};

function invalid(detail: string): AppError {
  return new AppError('VALIDATION_FAILED', { detail: `dữ liệu sinh lịch sử: ${detail}` });
}

const iso = (ms: number) => formatVietnamIso(new Date(ms));
const isValidOn = (a: HistoryAgency, date: string) => (a.validFrom ?? '0000') <= date && (a.validTo == null || a.validTo >= date);

interface Eligible {
  readonly procedures: { readonly index: number; readonly agencies: readonly number[]; readonly picker: WeightedPicker }[];
  readonly picker: WeightedPicker;
}

/** Dossier lines of a province's history, in receipt order. */
export function* generateHistory(world: HistoryWorld, options: HistoryOptions): Generator<string> {
  for (const d of generateDossiers(world, options)) yield JSON.stringify(d);
}

export function* generateDossiers(world: HistoryWorld, options: HistoryOptions): Generator<GeneratedDossier> {
  const { from, to, count } = options;
  if (!isValidDate(from) || !isValidDate(to) || from > to) throw invalid(`khoảng ngày ${from} – ${to} không hợp lệ`);
  if (!Number.isInteger(count) || count < 0) throw invalid(`số hồ sơ ${count} không hợp lệ`);
  const calendar = options.calendar ?? shippedWorkCalendar();
  const asOf = (options.asOf ?? fromVietnamParts(addDays(to, 1), 0)).getTime();
  const rng = new Prng(options.seed);
  const agencies = world.agencies;
  const indexOf = new Map(agencies.map((a, i) => [a.code, i]));

  // Officials of each agency's subtree: who may hold a step of its dossiers.
  const children = new Map<string, string[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const a of agencies) if (a.parent) push(children, a.parent, a.code);
  const own = new Map<string, HistoryOfficial[]>();
  for (const o of world.officials) push(own, o.agency, o);
  const pools = new Map<string, HistoryOfficial[]>();
  const poolOf = (code: string): HistoryOfficial[] => {
    let pool = pools.get(code);
    if (!pool) {
      pool = [...(own.get(code) ?? []), ...(children.get(code) ?? []).flatMap(poolOf)];
      pools.set(code, pool);
    }
    return pool;
  };
  if (world.officials.length === 0) throw invalid('cần ít nhất một cán bộ');

  const procedures = world.procedures.map((p) => {
    const leads = (p.agencies ?? agencies.filter((a) => LEAD_LEVELS.includes(a.level)).map((a) => a.code)).map((code) => {
      const i = indexOf.get(code);
      if (i === undefined) throw invalid(`thủ tục ${p.code} nêu cơ quan ${code} không có trong danh sách`);
      return i;
    });
    return { ...p, unit: p.unit ?? ('working_days' as const), leads, online: rng.between(0.3, 0.6), weight: p.weight ?? 1 / (1 + rng.int(40)) ** 0.9 };
  });
  if (procedures.length === 0) throw invalid('cần ít nhất một thủ tục');
  const agencyTraits = agencies.map(() => ({ size: rng.between(0.4, 1.6), late: rng.between(0.03, 0.12) }));

  // Working days and how many dossiers each receives; cumulative rounding keeps the exact total.
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) days.push(d);
  if (days.length === 0 && count > 0) throw invalid(`không có ngày làm việc nào từ ${from} đến ${to}`);
  const weekdayFactor = [0.6, 1.15, 1.05, 1, 1, 0.9, 0.6];
  const monthFactor = [1.1, 0.8, 1, 1, 1, 1.05, 1, 1, 0.95, 1, 1.05, 1.15];
  const weights = days.map((d) => weekdayFactor[dayOfWeek(d)]! * monthFactor[Number(d.slice(5, 7)) - 1]! * rng.between(0.85, 1.15));
  const totalWeight = weights.reduce((s, w) => s + w, 0);

  const eligibleCache = new Map<string, Eligible | null>();
  const eligibleOn = (date: string): Eligible | null => {
    const valid = agencies.map((a) => isValidOn(a, date));
    const key = valid.map((v) => (v ? '1' : '0')).join('');
    if (eligibleCache.has(key)) return eligibleCache.get(key)!;
    const list = procedures
      .map((p, index) => ({ index, agencies: p.leads.filter((i) => valid[i]) }))
      .filter((p) => p.agencies.length > 0)
      .map((p) => ({ ...p, picker: new WeightedPicker(p.agencies.map((i) => agencyTraits[i]!.size)) }));
    const eligible = list.length === 0 ? null : { procedures: list, picker: new WeightedPicker(list.map((p) => procedures[p.index]!.weight)) };
    eligibleCache.set(key, eligible);
    return eligible;
  };

  let cumulative = 0;
  let emitted = 0;
  for (const [dayIndex, day] of days.entries()) {
    cumulative += weights[dayIndex]!;
    const target = dayIndex === days.length - 1 ? count : Math.round((count * cumulative) / totalWeight);
    const n = target - emitted;
    if (n <= 0) continue;
    const eligible = eligibleOn(day);
    if (!eligible) throw invalid(`không có cơ quan nào tiếp nhận hồ sơ vào ngày ${day}`);
    // Receipt times first, sorted, so each unit's daily numbers follow the clock.
    const receipts: { at: number; procedure: number; agency: number }[] = [];
    for (let k = 0; k < n; k++) {
      const choice = eligible.procedures[eligible.picker.pick(rng)]!;
      const minute = rng.int(8 * 60);
      const minuteOfDay = minute < 240 ? 7 * 60 + 30 + minute : 13 * 60 + (minute - 240);
      receipts.push({
        at: fromVietnamParts(day, minuteOfDay).getTime() + rng.int(60) * 1000,
        procedure: choice.index,
        agency: choice.agencies[choice.picker.pick(rng)]!,
      });
    }
    receipts.sort((a, b) => a.at - b.at);
    const sequence = new Map<number, number>();
    for (const r of receipts) {
      const seq = (sequence.get(r.agency) ?? 0) + 1;
      sequence.set(r.agency, seq);
      const agency = agencies[r.agency]!;
      const procedure = procedures[r.procedure]!;
      yield buildDossier({
        rng,
        calendar,
        asOf,
        code: formatDossierCode(agency.code, day, seq),
        agency: agency.code,
        lateRate: agencyTraits[r.agency]!.late,
        pool: poolOf(agency.code).length > 0 ? poolOf(agency.code) : world.officials,
        procedure,
        receivedAt: r.at,
        applicantName: options.applicantNames ?? true,
      });
    }
    emitted = target;
  }
}

function buildDossier(x: {
  rng: Prng;
  calendar: WorkCalendar;
  asOf: number;
  code: string;
  agency: string;
  lateRate: number;
  pool: readonly HistoryOfficial[];
  procedure: { code: string; days: number; unit: DurationUnit; online: number };
  receivedAt: number;
  applicantName: boolean;
}): GeneratedDossier {
  const { rng, calendar } = x;
  const received = new Date(x.receivedAt);
  const due = calendar.due(received, { amount: x.procedure.days, unit: x.procedure.unit }).getTime();
  const span = Math.max(calendar.workingTimeBetween(received, new Date(due)), MS_PER_HOUR);
  const after = (start: number, workingMs: number) => Math.floor(calendar.addWorkingTime(new Date(start), workingMs).getTime() / 1000) * 1000;

  const roll = rng.next();
  const outcome: Outcome = roll < 0.01 ? 'withdrawn' : roll < 0.04 ? 'rejected' : 'approved';
  const stuck = outcome !== 'withdrawn' && rng.chance(0.004);
  const late = rng.chance(x.lateRate);
  const softwareLate = !late && outcome !== 'withdrawn' && rng.chance(0.015);
  // Share of the allotted working time actually used.
  const used =
    outcome === 'withdrawn' ? rng.between(0.1, 0.9) : late ? rng.between(1.03, 1.8) : 0.25 + 0.72 * rng.next() ** 0.7;

  const stepCount = 2 + rng.int(3);
  const plan = normalise(STEP_PLANS[stepCount]!.map((s) => s * rng.between(0.8, 1.2)));
  const actual = normalise(plan.map((s) => s * Math.exp(0.35 * gaussian(rng))));
  const steps: GeneratedDossier['steps'] = [];
  const stopAt = outcome === 'withdrawn' ? after(x.receivedAt, used * span) : stuck ? Number.POSITIVE_INFINITY : null;
  let t = x.receivedAt;
  let finished: number | null = null;
  for (let i = 0; i < stepCount; i++) {
    const official = rng.pick(x.pool);
    const stepDue = after(t, plan[i]! * span);
    // A withdrawn dossier moves at a normal pace until the applicant stops it.
    let completed: number | null = after(t, actual[i]! * (outcome === 'withdrawn' ? 0.9 : used) * span);
    if (softwareLate && i === stepCount - 1) completed = after(due, rng.between(0.1, 3) * WORKDAY_MS);
    if (stuck && i === Math.floor(stepCount / 2)) completed = null;
    if (stopAt !== null && completed !== null && completed >= stopAt) completed = null;
    steps.push({ official: official.username, agency: official.agency, startedAt: iso(t), dueAt: iso(stepDue), completedAt: completed === null ? null : iso(completed) });
    if (completed === null) break;
    t = completed;
    if (i === stepCount - 1) finished = completed;
  }
  if (outcome === 'withdrawn') finished = stopAt;

  let signed: number | null = null;
  let returned: number | null = null;
  if (finished !== null && outcome !== 'withdrawn') {
    const lastStart = Date.parse(steps[steps.length - 1]!.startedAt);
    signed = softwareLate
      ? Math.max(lastStart, Math.min(due, after(x.receivedAt, rng.between(0.7, 0.98) * span)))
      : Math.max(lastStart, finished - rng.int(120) * 60_000);
    if (rng.chance(0.92)) returned = after(finished, rng.between(0.2, 24) * MS_PER_HOUR);
  }
  // As of `asOf`: what had not happened yet is not in the history.
  if (finished !== null && finished > x.asOf) {
    finished = null;
    signed = null;
    returned = null;
  }
  if (returned !== null && returned > x.asOf) returned = null;
  const visible = steps.filter((s) => Date.parse(s.startedAt) <= x.asOf);
  for (const s of visible) if (s.completedAt !== null && Date.parse(s.completedAt) > x.asOf) s.completedAt = null;

  const roll2 = rng.next();
  const channel: Channel = roll2 < x.procedure.online ? 'online' : roll2 < x.procedure.online + 0.03 ? 'postal' : 'direct';
  const test = rng.chance(0.01);
  const name = vietnameseName(rng);
  return {
    type: 'dossier',
    code: x.code,
    procedure: x.procedure.code,
    agency: x.agency,
    channel,
    receivedAt: iso(x.receivedAt),
    dueAt: iso(due),
    finishedAt: finished === null ? null : iso(finished),
    outcome: finished === null ? null : outcome,
    resultSignedAt: signed === null ? null : iso(signed),
    returnedAt: returned === null ? null : iso(returned),
    test,
    ...(x.applicantName ? { applicantName: name } : {}),
    steps: visible,
  };
}

function normalise(values: readonly number[]): number[] {
  const sum = values.reduce((s, v) => s + v, 0);
  return values.map((v) => v / sum);
}

/** Standard normal deviate (Box–Muller) from the seeded generator. */
function gaussian(rng: Prng): number {
  const u = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}
