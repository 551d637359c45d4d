import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileLines } from '../../src/imports/cli';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateHistory } from '../../src/imports/generate-history';
import { historyLine, type DossierLine } from '../../src/imports/history-lines';
import { fastDossierLine, fastInstant, importedChangesJson } from '../../src/imports/fast-dossier-line';
import { importedChanges, importedState, importedStatus, importedStepStatus, signedAt, timeProblems } from '../../src/imports/dossier-rules';
import { fieldCodeFor } from '../../src/imports/write-procedure';
import { formatProgress } from '../../src/imports/progress-bar';
import { emptySummary, formatImportSummary, formatLineErrors } from '../../src/imports/import-summary';
import { parseInstant } from '../../src/calendar/vietnam-time';
import { replay } from '../../src/dossiers/dossier-state';

const world = {
  agencies: [
    { code: 'A', level: 'province' as const, parent: null },
    { code: 'A-X', level: 'commune' as const, parent: 'A' },
  ],
  procedures: [{ code: '1.000001', days: 3 }],
  officials: [{ username: 'cv.a', agency: 'A-X' }],
};
const samples = [...generateHistory(world, { seed: 1, from: '2026-01-05', to: '2026-03-31', count: 400 })].map((l) => JSON.parse(l) as Record<string, unknown>);
const refs = { procedureId: 7, procedureVersionId: 9, agencyId: 3, agencyPath: '/1/3/' };

describe('fast dossier line path', () => {
  it('gives exactly what the Zod schema gives for canonical lines', () => {
    for (const raw of samples) {
      const fast = fastDossierLine(raw);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(historyLine.parse(raw));
    }
  });

  it('leaves anything unusual to the schema, which then reports or accepts it', () => {
    const base = samples[0]!;
    const variants: Record<string, unknown>[] = [
      { ...base, extra: 1 },
      { ...base, receivedAt: '2026-01-05T09:00:00.5+07:00' },
      { ...base, receivedAt: '2026-01-05 09:00' },
      { ...base, code: ' padded ' },
      { ...base, channel: 'fax' },
      { ...base, applicantName: ' Nguyễn Văn A ' },
      { ...base, steps: [{ ...(base.steps as object[])[0], official: 'CV.A' }] },
      { ...base, dueAt: '2026-02-30T17:00:00+07:00' },
    ];
    for (const v of variants) expect(fastDossierLine(v)).toBeNull();
    // Variants the schema accepts after normalising (no offset = Vietnam time, upper-case usernames).
    expect(historyLine.parse(variants[2]).type).toBe('dossier');
    expect((historyLine.parse(variants[6]) as DossierLine).steps[0]!.official).toBe('cv.a');
    expect(historyLine.safeParse(variants[7]).success).toBe(false);
  });

  it('parses instants like the calendar parser does', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2150-01-01'), noInvalidDate: true }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (d, offset) => {
        const local = new Date(Math.floor(d.getTime() / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(fastInstant(text)).toBe(parseInstant(text)!.getTime());
        expect(fastInstant(`${local}Z`)).toBe(parseInstant(`${local}Z`)!.getTime());
      }),
    );
    for (const odd of ['2026-02-03T10:00:00.5Z', '2026-02-03 10:00:00Z', '2026-02-3xT10:00:00Z', '2026-02-03T24:00:00Z', '2026-02-03T10:00:00+07', '2026-02-03T10:00:00+0700', '2026-02-03T10:00:00X', '２０26-02-03T10:00:00Z', '2026-02-03T10:00:00+7:000']) {
      expect(fastInstant(odd)).toBeNull();
    }
  });

  it('writes the IMPORTED changes exactly as diff({}, state) does, and they replay to the state', () => {
    for (const raw of samples) {
      const state = importedState(fastDossierLine(raw)!, refs);
      expect(importedChangesJson(state)).toBe(JSON.stringify(importedChanges(state)));
      expect(replay([{ changes: JSON.parse(importedChangesJson(state)) }])).toEqual(
        Object.fromEntries(Object.entries(state).filter(([, v]) => v !== null)),
      );
    }
  });
});

describe('imported dossier rules', () => {
  const line = (over: Partial<DossierLine>): DossierLine => ({ ...historyLine.parse(samples[0]) as DossierLine, ...over });
  const at = (s: string) => Date.parse(s);

  it('derives the status, the signing time and the step status', () => {
    expect(importedStatus({ outcome: null, finishedAt: null, returnedAt: null })).toBe('processing');
    expect(importedStatus({ outcome: 'approved', finishedAt: 1, returnedAt: null })).toBe('result_ready');
    expect(importedStatus({ outcome: 'rejected', finishedAt: 1, returnedAt: 2 })).toBe('returned');
    expect(importedStatus({ outcome: 'withdrawn', finishedAt: 1, returnedAt: null })).toBe('withdrawn');
    expect(signedAt({ outcome: 'approved', finishedAt: 5 })).toBe(5);
    expect(signedAt({ outcome: 'withdrawn', finishedAt: 5 })).toBeNull();
    expect(signedAt({ outcome: 'approved', finishedAt: 5, resultSignedAt: 3 })).toBe(3);
    expect(signedAt({ outcome: 'approved', finishedAt: 5, resultSignedAt: null })).toBeNull();
    expect(importedStepStatus({ completedAt: 1 }, false)).toBe('done');
    expect(importedStepStatus({ completedAt: null }, false)).toBe('active');
    expect(importedStepStatus({ completedAt: null }, true)).toBe('cancelled');
  });

  it('reports every instant out of order, in Vietnamese with Vietnam times', () => {
    const received = at('2026-03-02T09:00:00+07:00');
    const problems = timeProblems(
      line({
        receivedAt: received,
        dueAt: at('2026-03-01T17:00:00+07:00'),
        finishedAt: at('2026-03-01T10:00:00+07:00'),
        outcome: null,
        returnedAt: null,
        resultSignedAt: null,
        steps: [{ official: 'cv.a', agency: 'A-X', startedAt: received, dueAt: received - 1000, completedAt: null }],
      }),
    );
    expect(problems).toEqual([
      'dueAt (17:00 Chủ nhật 01/03/2026) trước receivedAt (09:00 Thứ Hai 02/03/2026).',
      'Hồ sơ đã kết thúc (finishedAt) phải có outcome (approved, rejected hoặc withdrawn).',
      'finishedAt (10:00 Chủ nhật 01/03/2026) trước receivedAt (09:00 Thứ Hai 02/03/2026).',
      'steps[0]: dueAt (08:59 Thứ Hai 02/03/2026) trước startedAt (09:00 Thứ Hai 02/03/2026).',
    ]);
    expect(timeProblems(line({ finishedAt: null, outcome: null, returnedAt: received }))).toContain('returnedAt chỉ có khi hồ sơ đã kết thúc (finishedAt).');
  });
});

describe('import helpers', () => {
  it('derives free field codes from Vietnamese names', () => {
    expect(fieldCodeFor('Hộ tịch', new Set())).toBe('HO-TICH');
    expect(fieldCodeFor('Hộ tịch', new Set(['HO-TICH', 'HO-TICH-2']))).toBe('HO-TICH-3');
    expect(fieldCodeFor('Đất đai, môi trường', new Set())).toBe('DAT-DAI-MOI-TRUONG');
    expect(fieldCodeFor('***', new Set())).toBe('LV');
  });

  it('draws the progress bar and the summaries in Vietnamese', () => {
    expect(formatProgress({ bytes: 50, totalBytes: 100, lines: 1200, dossiers: 1000, seconds: 2 }, 10)).toBe(
      `[█████░░░░░]  50% ${(1200).toLocaleString('vi-VN')} dòng, ${(1000).toLocaleString('vi-VN')} hồ sơ, 500 hồ sơ/giây`,
    );
    const s = emptySummary();
    s.lines = 3;
    s.dossiers.created = 2;
    s.seconds = 1;
    expect(formatImportSummary(s)).toContain('Hồ sơ:     tạo mới 2, đã có 0');
    expect(formatLineErrors([{ line: 4, message: 'Sai.' }], 3)).toBe(
      'Tệp có 3 lỗi; không có dữ liệu nào được ghi.\n  Dòng 4: Sai.\n  … và 2 lỗi khác.',
    );
  });
});

describe('reading a history file', () => {
  it('gives every line of a large file without its line break, CRLF or LF, the last one too, and the bytes they took', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-lines-'));
    try {
      // Long enough for several read chunks, with multi-byte characters across their boundaries.
      const expected = Array.from({ length: 60_000 }, (_, i) => (i % 7 === 0 ? '' : `{"dòng":${i},"tên":"Nguyễn Thị Ánh ${'ữ'.repeat(i % 13)}"}`));
      const path = join(dir, 'lich-su.ndjson');
      writeFileSync(path, expected.map((l, i) => (i % 2 ? `${l}\r\n` : `${l}\n`)).join('') + 'cuối');
      const read: string[] = [];
      let bytes = 0;
      for await (const chunk of fileLines(path)) {
        read.push(...chunk.lines);
        bytes += chunk.bytes;
      }
      expect(read).toEqual([...expected, 'cuối']);
      expect(bytes).toBe(statSync(path).size);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
