import type { Db } from '../../src/db/types';
import { insertDossier, type DossierSpec } from '../support/insert-dossier';

/** Where the demo province's dossiers go, with a procedure each agency resolves. */
const PLACES = [
  { agency: 'LS-X-05977', procedures: ['1.010008', '1.001193', '1.000894'] },
  { agency: 'LS-X-05983', procedures: ['1.010008', '1.000656'] },
  { agency: 'LS-X-05986', procedures: ['1.001193', '2.000815'] },
  { agency: 'LS-X-06187', procedures: ['1.012792'] },
  { agency: 'LS-SXD', procedures: ['1.009972'] },
  { agency: 'LS-STP', procedures: ['2.001417'] },
  { agency: 'LS-SNNMT', procedures: ['1.012755'] },
  { agency: 'LS-STC', procedures: ['1.001612', '2.001610'] },
] as const;

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A small deterministic generator (the same fixtures in every run and time zone). */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Midnight (Vietnam) of a YYYY-MM-DD day, as epoch ms. */
const vnMidnight = (day: string) => Date.parse(`${day}T00:00:00+07:00`);
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * `count` dossiers received between `from` and `to` (Vietnam days) in the demo province: most
 * resolved early or on time, some late, some still pending (overdue once their due time is past
 * `asOf`), a few withdrawn, and a few test dossiers that no figure may count. Nothing happens after
 * `asOf`.
 */
export function dashboardHistory(options: { from: string; to: string; count: number; asOf: Date; seed?: number }): DossierSpec[] {
  const random = prng(options.seed ?? 2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const first = vnMidnight(options.from);
  const days = Math.round((vnMidnight(options.to) - first) / DAY) + 1;
  const asOf = options.asOf.getTime();
  const specs: DossierSpec[] = [];
  for (let i = 0; i < options.count; i++) {
    const place = pick(PLACES);
    const dayStart = first + Math.floor(random() * days) * DAY;
    const received = dayStart + 8 * HOUR + Math.floor(random() * 8 * 60) * 60_000;
    if (received >= asOf) continue;
    const due = dayStart + (5 + Math.floor(random() * 10)) * DAY + 17 * HOUR;
    const roll = random();
    let finished: number | null;
    let outcome: DossierSpec['outcome'] = null;
    if (roll < 0.55) finished = due - Math.floor(random() * 4) * DAY - 6 * HOUR;
    else if (roll < 0.75) finished = due + (1 + Math.floor(random() * 5)) * DAY - 6 * HOUR;
    else if (roll < 0.95) finished = null;
    else {
      finished = received + 2 * DAY;
      outcome = 'withdrawn';
    }
    if (finished !== null && (finished >= asOf || finished <= received)) finished = null;
    const channelRoll = random();
    specs.push({
      agency: place.agency,
      procedure: pick(place.procedures),
      channel: channelRoll < 0.4 ? 'online' : channelRoll < 0.5 ? 'postal' : 'direct',
      receivedAt: iso(received),
      dueAt: iso(due),
      finishedAt: finished === null ? null : iso(finished),
      outcome: finished === null ? null : (outcome ?? 'approved'),
      isTest: random() < 0.04,
    });
  }
  return specs;
}

export async function insertHistory(db: Db, specs: readonly DossierSpec[]): Promise<string[]> {
  const codes: string[] = [];
  for (const spec of specs) codes.push(await insertDossier(db, spec));
  return codes;
}

/** What the Decision definitions say a period's figures are, computed from the specs alone. */
export function expectedFigures(specs: readonly DossierSpec[], from: string, to: string) {
  const start = vnMidnight(from);
  const end = vnMidnight(to) + DAY;
  const t = (s: string | null | undefined) => (s ? Date.parse(s) : null);
  const counted = specs.filter((s) => !s.isTest && t(s.receivedAt)! < end && (t(s.finishedAt) === null || t(s.finishedAt)! >= start));
  const resolved = counted.filter((s) => t(s.finishedAt) !== null && t(s.finishedAt)! < end);
  const pending = counted.filter((s) => !resolved.includes(s));
  return {
    receivedNew: counted.filter((s) => t(s.receivedAt)! >= start).length,
    carriedOver: counted.filter((s) => t(s.receivedAt)! < start).length,
    resolved: resolved.length,
    late: resolved.filter((s) => t(s.finishedAt)! > t(s.dueAt)!).length,
    pending: pending.length,
    overdue: pending.filter((s) => t(s.dueAt)! < end).length,
  };
}
