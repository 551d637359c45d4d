import { describe, expect, it } from 'vitest';
import { generateHistory, type HistoryWorld } from '../../src/imports/generate-history';
import { historyLine, type DossierLine } from '../../src/imports/history-lines';
import { timeProblems } from '../../src/imports/dossier-rules';
import { shippedWorkCalendar } from '../../src/calendar/work-calendar';
import { vietnamDateOf } from '../../src/calendar/vietnam-time';
import { parseDossierCode } from '../../src/dossiers/dossier-code';

const world: HistoryWorld = {
  agencies: [
    { code: 'T', level: 'province', parent: null },
    { code: 'T-S1', level: 'department', parent: 'T' },
    { code: 'T-S1-P1', level: 'unit', parent: 'T-S1' },
    { code: 'T-H1', level: 'district', parent: 'T', validTo: '2025-06-30' },
    { code: 'T-H1-X1', level: 'commune', parent: 'T-H1', validTo: '2025-06-30' },
    { code: 'T-H1-X2', level: 'commune', parent: 'T-H1', validTo: '2025-06-30' },
    { code: 'T-X1', level: 'commune', parent: 'T', validFrom: '2025-07-01' },
  ],
  procedures: [
    { code: 'P.1', days: 5, agencies: ['T-H1-X1', 'T-H1-X2', 'T-X1'] },
    { code: 'P.2', days: 15, agencies: ['T-S1'] },
    { code: 'P.3', days: 1, agencies: ['T-H1-X1', 'T-H1-X2', 'T-X1'] },
    { code: 'P.4', days: 30, unit: 'calendar_days', agencies: ['T-S1'] },
  ],
  officials: [
    { username: 's1.a', agency: 'T-S1' },
    { username: 's1.b', agency: 'T-S1-P1' },
    { username: 'h1.a', agency: 'T-H1' },
    { username: 'x1.a', agency: 'T-H1-X1' },
    { username: 'x2.a', agency: 'T-H1-X2' },
    { username: 'xn.a', agency: 'T-X1' },
  ],
};
const options = { seed: 42, from: '2025-05-01', to: '2025-09-30', count: 4000 };
const calendar = shippedWorkCalendar();

describe('history generator', () => {
  const lines = [...generateHistory(world, options)];
  const dossiers = lines.map((l) => historyLine.parse(JSON.parse(l)) as DossierLine);
  const share = (pred: (d: DossierLine) => boolean, of = dossiers) => of.filter(pred).length / of.length;

  it('is deterministic: the same seed gives the same lines, another seed others', () => {
    expect(lines).toHaveLength(4000);
    expect([...generateHistory(world, options)]).toEqual(lines);
    expect([...generateHistory(world, { ...options, seed: 43 })].slice(0, 50)).not.toEqual(lines.slice(0, 50));
  });

  it('receives on working days inside working hours, with due times from the calendar', () => {
    for (const d of dossiers) {
      const received = new Date(d.receivedAt);
      expect(calendar.isWorkingDay(vietnamDateOf(received))).toBe(true);
      expect(calendar.isWithinWorkingHours(received)).toBe(true);
      const procedure = world.procedures.find((p) => p.code === d.procedure)!;
      expect(d.dueAt).toBe(calendar.due(received, { amount: procedure.days, unit: procedure.unit ?? 'working_days' }).getTime());
      expect(vietnamDateOf(received) >= options.from && vietnamDateOf(received) <= options.to).toBe(true);
    }
  });

  it('writes lines the importer accepts, for agencies existing on the receipt day, with unique daily codes', () => {
    const codes = new Set<string>();
    for (const d of dossiers) {
      expect(timeProblems(d)).toEqual([]);
      const agency = world.agencies.find((a) => a.code === d.agency)!;
      const day = vietnamDateOf(new Date(d.receivedAt));
      expect(day >= (agency.validFrom ?? '0000') && day <= (agency.validTo ?? '9999')).toBe(true);
      const code = parseDossierCode(d.code)!;
      expect(code.unitCode).toBe(d.agency);
      expect(`20${code.yymmdd}`).toBe(day.replaceAll('-', ''));
      codes.add(d.code);
    }
    expect(codes.size).toBe(dossiers.length);
  });

  it('looks like a real province: channels, outcomes, lateness, pending and test dossiers', () => {
    expect(share((d) => d.channel === 'online')).toBeGreaterThan(0.3);
    expect(share((d) => d.channel === 'online')).toBeLessThan(0.6);
    expect(share((d) => d.channel === 'postal')).toBeGreaterThan(0);
    expect(share((d) => d.test)).toBeGreaterThan(0.003);
    expect(share((d) => d.test)).toBeLessThan(0.025);
    const finished = dossiers.filter((d) => d.finishedAt !== null && d.outcome !== 'withdrawn');
    const late = share((d) => d.finishedAt! > d.dueAt, finished);
    expect(1 - late).toBeGreaterThan(0.85);
    expect(1 - late).toBeLessThan(0.97);
    expect(dossiers.some((d) => d.outcome === 'withdrawn')).toBe(true);
    expect(dossiers.some((d) => d.outcome === 'rejected')).toBe(true);
    // Late only in the software: signed in time, closed in the system after the due time.
    expect(dossiers.some((d) => d.resultSignedAt != null && d.resultSignedAt <= d.dueAt && d.finishedAt! > d.dueAt)).toBe(true);
    // Received near the end and not finished by then: still pending, some already overdue.
    const pending = dossiers.filter((d) => d.finishedAt === null);
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.some((d) => d.dueAt < Date.parse('2025-10-01T00:00:00+07:00'))).toBe(true);
    expect(dossiers.every((d) => d.steps.length >= 1 && d.steps.length <= 4)).toBe(true);
    expect(dossiers.some((d) => d.steps.length === 4)).toBe(true);
    // Some steps overrun their own due time, and the holders belong to the lead agency's subtree.
    expect(dossiers.some((d) => d.steps.some((s) => s.completedAt !== null && s.completedAt > s.dueAt))).toBe(true);
    const sub = (lead: string, agency: string) => agency === lead || world.agencies.find((a) => a.code === agency)?.parent === lead;
    expect(dossiers.every((d) => d.steps.every((s) => sub(d.agency, s.agency)))).toBe(true);
    // Old communes before the merger, the new one after.
    expect(dossiers.some((d) => d.agency === 'T-H1-X1')).toBe(true);
    expect(dossiers.some((d) => d.agency === 'T-X1')).toBe(true);
  });
});
