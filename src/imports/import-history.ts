import { sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor';
import { authorize } from '../accounts/authorize';
import { addDays, isValidOn } from '../agencies/agency-dates';
import { canPlaceUnder } from '../agencies/agency-levels';
import { childPath } from '../agencies/agency-path';
import { createAgency, EARLIEST_VALID_FROM } from '../agencies/create-agency';
import { succeedAgency } from '../agencies/succeed-agency';
import { vietnamDateOf } from '../calendar/vietnam-time';
import type { Executor } from '../db/types';
import { parseDossierCode } from '../dossiers/dossier-code';
import { AppError, isAppError } from '../shared/errors';
import { importedState, importedStepStatus, signedAt, timeProblems } from './dossier-rules';
import { fastDossierLine, importedChangesJson } from './fast-dossier-line';
import {
  historyLine,
  historyLineTypes,
  type AgencyLine,
  type DossierLine,
  type HistoryLine,
  type OfficialLine,
  type ProcedureLine,
} from './history-lines';
import { loadImportContext, type KnownAgency } from './import-context';
import { emptySummary, type ImportSummary } from './import-summary';
import { lineMessages as m, type LineError, type RecordKind } from './line-messages';
import { finishBulkLoad, startBulkLoad, type BulkLoad } from './bulk-load';
import { encodeDossierBatch, lookUpBatch, raiseDossierSequences, writeEncodedBatch, type DossierRow, type EncodedBatch } from './write-dossiers';
import { isUniqueViolation } from '../agencies/agency-record';
import { writeImportedOfficial } from './write-official';
import { writeImportedProcedure } from './write-procedure';
import { z } from 'zod';

/** Lines read together, with the UTF-8 bytes they took in the file, line breaks included. */
export interface LineChunk {
  readonly lines: readonly string[];
  readonly bytes: number;
}

/**
 * Lines of NDJSON: the whole text, or lines from a file or a stream (without their line breaks), one
 * by one or in chunks (as `fileLines` in cli.ts reads a file). An async source should not read
 * before iteration starts: wrap it in an async generator, as `fileLines` does.
 */
export type HistorySource = string | Iterable<string> | AsyncIterable<string | LineChunk>;

export interface ImportProgress {
  /** Lines read so far (blank ones included: they count for line numbers). */
  readonly lines: number;
  /** UTF-8 bytes read so far, line breaks included. */
  readonly bytes: number;
  readonly dossiers: number;
  readonly done: boolean;
}

export interface ImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Dossiers per statement. */
  readonly batchSize?: number;
  /** Line errors kept for the report; all of them are counted. */
  readonly maxErrors?: number;
  /**
   * Dossiers after which the import drops the dossier tables' secondary indexes and rebuilds them at
   * the end (much faster for a migration; readers of those tables wait until the import ends).
   */
  readonly bulkThreshold?: number;
}

/** The details of IMPORT_REJECTED: the first line errors and how many there were in all. */
export interface ImportRejection {
  readonly errors: LineError[];
  readonly errorCount: number;
}

const vietnameseMessages = z.locales.vi().localeError;

function* splitLines(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    yield text.slice(start, end);
    start = end + 1;
  }
}

interface PendingRef {
  readonly error: { line: number; message: string };
  readonly kind: RecordKind;
  readonly code: string;
  readonly field: string;
}

/**
 * Foreign-key checks run as one trigger call per row and reference, which costs several times the
 * inserts themselves on a large import. Every reference is resolved from maps loaded in this
 * transaction, so the import turns row triggers off when the database role may (superuser, as for
 * the embedded database) and checks the references once, set-based, before committing; otherwise the
 * triggers run as usual. The tables written have no triggers other than foreign keys.
 */
async function skipRowTriggers(tx: Executor): Promise<boolean> {
  try {
    await tx.transaction(async (sp) => {
      await sp.execute(sql`set local session_replication_role = replica`);
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * What the skipped triggers would have done: every referenced row exists, and is locked FOR KEY SHARE
 * so that no one deletes it before this transaction commits.
 */
async function lockReferenced(tx: Executor, ids: { agencies: Set<number>; procedures: Set<number>; versions: Set<number>; users: Set<number> }): Promise<void> {
  const tables = [
    ['agencies', ids.agencies],
    ['procedures', ids.procedures],
    ['procedure_versions', ids.versions],
    ['users', ids.users],
  ] as const;
  for (const [table, set] of tables) {
    if (set.size === 0) continue;
    const wanted = [...set];
    const found = await tx.execute<{ id: number }>(sql`select id from ${sql.identifier(table)} where id = any(${sql.param(wanted)}::int[]) for key share`);
    // Someone deleted a referenced row meanwhile: the import must be run again.
    if (found.rows.length !== wanted.length) throw new AppError('CONFLICT');
  }
}

/**
 * Imports the history of a previous system from NDJSON (docs/import-format.md): agencies, procedures,
 * officials and dossiers with their steps. Lines are checked and written as they stream, inside one
 * transaction: as soon as a line is wrong nothing more is written, the rest of the file is still
 * checked, and the transaction is rolled back, so a file with errors writes nothing and every error
 * (up to `maxErrors`) is reported with its line number. Codes already in the database are left as they
 * are, so importing the same file again changes nothing.
 */
export async function importHistory(db: Executor, actor: Actor, source: HistorySource, options: ImportOptions = {}): Promise<ImportSummary> {
  authorize(actor, { anyOf: ['admin'] });
  const started = performance.now();
  const batchSize = options.batchSize ?? 5000;
  const maxErrors = options.maxErrors ?? 200;
  const bulkThreshold = options.bulkThreshold ?? 50_000;
  const summary = emptySummary();

  const result = await db.transaction(async (tx) => {
    const triggersOff = await skipRowTriggers(tx);
    const ctx = await loadImportContext(tx, actor);
    const referenced = { agencies: new Set<number>(), procedures: new Set<number>(), versions: new Set<number>(), users: new Set<number>() };
    const errors: LineError[] = [];
    let errorCount = 0;
    const pendingRefs: PendingRef[] = [];
    const declared: Record<RecordKind, Map<string, number>> = {
      agency: new Map(),
      procedure: new Map(),
      official: new Map(),
      dossier: new Map(),
    };
    const successions: { line: number; code: string; successor: string; from: string }[] = [];
    const sequences = new Map<string, number>();
    let batch: DossierRow[] = [];
    let pending: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    let lineNo = 0;
    let bytes = 0;
    let dossierLines = 0;
    let bulk: BulkLoad | null = null;

    const writing = () => errorCount === 0;
    const fail = (line: number, message: string) => {
      errorCount++;
      const error = { line, message };
      if (errors.length < maxErrors) errors.push(error);
      return error;
    };
    const unknownRef = (line: number, kind: RecordKind, code: string, field: string) => {
      const error = fail(line, m.unknownRef(kind, code, field));
      pendingRefs.push({ error, kind, code, field });
    };
    const duplicate = (line: number, kind: RecordKind, code: string): boolean => {
      const first = declared[kind].get(code);
      if (first !== undefined) {
        fail(line, m.duplicate(kind, code, first));
        return true;
      }
      declared[kind].set(code, line);
      return false;
    };
    /** Waits for the batch in flight: its failure is the import's. */
    const drain = async () => {
      await pending;
      if (failure) throw failure instanceof Error ? failure : new Error('history import: batch failed', { cause: failure });
    };
    const encode = async (rows: readonly DossierRow[]): Promise<EncodedBatch> => {
      const b = bulk;
      if (b?.onlyOwnRows) return encodeDossierBatch(rows, new Set(), () => b.nextId++, actor.userId);
      // Outside a bulk load the new ids come from the sequence, with the codes already there.
      const looked = await lookUpBatch(
        tx,
        rows.map((d) => d.code),
        b === null,
      );
      let i = 0;
      return encodeDossierBatch(rows, looked.known, b ? () => b.nextId++ : () => looked.ids[i++]!, actor.userId);
    };
    const flush = async () => {
      if (batch.length === 0) return;
      const full = batch;
      batch = [];
      // Encoded while the database still writes the batch before, unless the codes need looking up.
      const encoded = bulk?.onlyOwnRows ? await encode(full) : null;
      await drain();
      // Sent without waiting: the next lines are parsed while the database writes this batch.
      pending = (encoded ? writeEncodedBatch(tx, encoded) : encode(full).then((e) => writeEncodedBatch(tx, e))).then(
        (r) => {
          summary.dossiers.created += r.dossiers;
          summary.steps += r.steps;
        },
        (e: unknown) => {
          // Someone else wrote one of these codes after the batch looked for them: run the import again.
          failure = isUniqueViolation(e) ? new AppError('CONFLICT') : e;
        },
      );
    };
    /** Runs a write of a reference line; a refusal by the domain becomes the line's error. */
    const write = async <T>(line: number, fn: () => Promise<T>): Promise<T | null> => {
      await drain();
      try {
        return await fn();
      } catch (e) {
        if (!isAppError(e)) throw e;
        fail(line, e.message);
        return null;
      }
    };

    const onAgency = async (line: number, a: AgencyLine) => {
      if (duplicate(line, 'agency', a.code)) return;
      const parent = a.parent === null ? null : ctx.agencies.get(a.parent);
      const problems: string[] = [];
      if (a.parent !== null && !parent) unknownRef(line, 'agency', a.parent, 'parent');
      if (parent !== undefined && !canPlaceUnder(a.level, parent?.level ?? null)) problems.push(m.parentLevel(a.level, parent?.level ?? null));
      const validFrom = a.validFrom ?? parent?.validFrom ?? EARLIEST_VALID_FROM;
      const declaredTo = a.validTo !== undefined ? a.validTo : (parent?.validTo ?? null);
      if (declaredTo !== null && declaredTo < validFrom) problems.push(m.validityOrder(validFrom, declaredTo));
      if (parent && (validFrom < parent.validFrom || (parent.validTo !== null && (declaredTo === null || declaredTo > parent.validTo)))) {
        problems.push(m.outsideParent(a.parent!, parent.validFrom, parent.validTo));
      }
      let validTo = declaredTo;
      if ((a.successor === undefined) !== (a.successorFrom === undefined)) problems.push(m.successorPair());
      if (a.successor !== undefined && a.successorFrom !== undefined) {
        if (a.successor === a.code) problems.push(m.successorSelf());
        else if (a.successorFrom <= validFrom) problems.push(m.successorDate(a.successorFrom, validFrom));
        else if (a.validTo != null && a.validTo >= a.successorFrom) problems.push(m.successorOverlap(a.validTo, a.successorFrom));
        else successions.push({ line, code: a.code, successor: a.successor, from: a.successorFrom });
        const lastDay = addDays(a.successorFrom, -1);
        if (validTo === null || validTo > lastDay) validTo = lastDay;
      }
      const inScope = parent ? parent.inScope : parent === null ? ctx.inScope('/') : true;
      if (!inScope) problems.push(m.outOfScope(a.code));
      const existing = ctx.agencies.get(a.code);
      if (existing) {
        const parentMatches =
          parent === undefined || existing.path === null || parent?.path === null
            ? true
            : existing.id !== null && existing.path === childPath(parent?.path ?? null, existing.id);
        if (existing.level !== a.level) problems.push(m.agencyConflict(a.code, 'cấp'));
        else if (!parentMatches) problems.push(m.agencyConflict(a.code, 'cơ quan cấp trên'));
        for (const p of problems) fail(line, p);
        if (problems.length === 0) {
          summary.agencies.unchanged++;
          if (existing.name !== a.name) summary.warnings.push({ line, message: `Cơ quan "${a.code}" đã có với tên "${existing.name}"; giữ nguyên tên này.` });
        }
        return;
      }
      for (const p of problems) fail(line, p);
      const known: KnownAgency = { id: null, code: a.code, name: a.name, level: a.level, path: null, validFrom, validTo, inScope, line };
      ctx.agencies.set(a.code, known);
      if (!writing()) return;
      const row = await write(line, () =>
        createAgency(tx, actor, {
          code: a.code,
          name: a.name,
          level: a.level,
          parentId: parent?.id ?? null,
          ...(a.validFrom !== undefined ? { validFrom: a.validFrom } : {}),
          ...(a.validTo !== undefined ? { validTo: a.validTo } : {}),
        }),
      );
      if (row) {
        known.id = row.id;
        known.path = row.path;
        summary.agencies.created++;
      }
    };

    const onProcedure = async (line: number, p: ProcedureLine) => {
      if (duplicate(line, 'procedure', p.code)) return;
      const agency = p.agency === undefined ? null : ctx.agencies.get(p.agency);
      if (p.agency !== undefined && !agency) unknownRef(line, 'agency', p.agency, 'agency');
      if (p.legalDays !== undefined && p.legalDays < p.days) fail(line, m.legalShorter(p.legalDays, p.days));
      if (!ctx.procedures.has(p.code)) ctx.procedures.set(p.code, { id: null, versionId: null, code: p.code, line, current: null });
      if (!writing()) return;
      const written = await write(line, () =>
        writeImportedProcedure(tx, actor, ctx, p, line, agency?.id != null ? { id: agency.id, name: agency.name } : null),
      );
      if (!written) return;
      summary.procedures[written.outcome]++;
      if (written.fieldCreated) summary.fields.created++;
    };

    const onOfficial = async (line: number, o: OfficialLine) => {
      if (duplicate(line, 'official', o.username)) return;
      const agency = ctx.agencies.get(o.agency);
      if (!agency) unknownRef(line, 'agency', o.agency, 'agency');
      else if (!agency.inScope) fail(line, m.outOfScope(o.agency));
      const existing = ctx.officials.get(o.username);
      if (existing) {
        summary.officials.unchanged++;
        if (agency && existing.agencyId !== agency.id && agency.id !== null) {
          summary.warnings.push({ line, message: `Cán bộ "${o.username}" đã có, thuộc cơ quan khác; giữ nguyên.` });
        }
        return;
      }
      ctx.officials.set(o.username, { id: null, agencyId: agency?.id ?? null, line });
      if (!writing() || agency?.id == null) return;
      const agencyId = agency.id;
      const written = await write(line, () => writeImportedOfficial(tx, actor, o, agencyId));
      if (!written) return;
      if (!written.created && written.agencyId === null) {
        fail(line, `Tên đăng nhập "${o.username}" đã được dùng cho một tài khoản không phải cán bộ.`);
        return;
      }
      ctx.officials.set(o.username, { id: written.id, agencyId: written.agencyId, line });
      if (written.created) summary.officials.created++;
      else summary.officials.unchanged++;
    };

    const onDossier = async (line: number, d: DossierLine) => {
      dossierLines++;
      const problems = timeProblems(d);
      const first = declared.dossier.get(d.code);
      if (first !== undefined) problems.push(m.duplicate('dossier', d.code, first));
      else declared.dossier.set(d.code, line);
      const procedure = ctx.procedures.get(d.procedure);
      if (!procedure) unknownRef(line, 'procedure', d.procedure, 'procedure');
      const agency = ctx.agencies.get(d.agency);
      if (!agency) unknownRef(line, 'agency', d.agency, 'agency');
      else if (!agency.inScope) problems.push(m.outOfScope(d.agency));
      else if (!isValidOn(agency, vietnamDateOf(new Date(d.receivedAt)))) {
        problems.push(m.notValidOn(d.agency, agency.validFrom, agency.validTo, d.receivedAt));
      }
      const stepRefs: { agencyId: number | null; officialId: number | null }[] = [];
      d.steps.forEach((s, i) => {
        const official = ctx.officials.get(s.official);
        if (!official) unknownRef(line, 'official', s.official, `steps[${i}].official`);
        const stepAgency = ctx.agencies.get(s.agency);
        if (!stepAgency) unknownRef(line, 'agency', s.agency, `steps[${i}].agency`);
        else if (!stepAgency.inScope) problems.push(m.step(i, m.outOfScope(s.agency)));
        stepRefs.push({ agencyId: stepAgency?.id ?? null, officialId: official?.id ?? null });
      });
      for (const p of problems) fail(line, p);
      if (!writing() || !procedure || !agency) return;
      // With no error so far every reference of this line has been written and has its id.
      const state = importedState(d, { procedureId: procedure.id!, procedureVersionId: procedure.versionId, agencyId: agency.id!, agencyPath: agency.path! });
      batch.push({
        code: d.code,
        procedureId: procedure.id!,
        procedureVersionId: procedure.versionId,
        agencyId: agency.id!,
        agencyPath: agency.path!,
        channel: d.channel,
        status: state.status,
        receivedAt: d.receivedAt,
        dueAt: d.dueAt,
        finishedAt: d.finishedAt,
        outcome: d.outcome,
        resultSignedAt: signedAt(d),
        returnedAt: d.returnedAt,
        isTest: d.test,
        applicantName: state.applicantName,
        changes: importedChangesJson(state),
        steps: d.steps.map((s, i) => ({
          agencyId: stepRefs[i]!.agencyId!,
          officialId: stepRefs[i]!.officialId!,
          status: importedStepStatus(s, d.finishedAt !== null),
          startedAt: s.startedAt,
          dueAt: s.dueAt,
          completedAt: s.completedAt,
        })),
      });
      referenced.procedures.add(procedure.id!);
      if (procedure.versionId !== null) referenced.versions.add(procedure.versionId);
      referenced.agencies.add(agency.id!);
      for (const r of stepRefs) {
        referenced.agencies.add(r.agencyId!);
        referenced.users.add(r.officialId!);
      }
      const parsed = parseDossierCode(d.code);
      const unit = parsed ? ctx.agencies.get(parsed.unitCode) : undefined;
      if (parsed && unit?.id != null) {
        const y = parsed.yymmdd;
        const key = `${unit.id}|20${y.slice(0, 2)}-${y.slice(2, 4)}-${y.slice(4, 6)}`;
        if ((sequences.get(key) ?? 0) < parsed.sequence) sequences.set(key, parsed.sequence);
      }
      if (batch.length >= batchSize) {
        if (bulk === null && dossierLines >= bulkThreshold) {
          await drain();
          bulk = await startBulkLoad(tx, summary.dossiers.created);
        }
        await flush();
      }
    };

    const report = (done: boolean) => options.onProgress?.({ lines: lineNo, bytes, dossiers: dossierLines, done });
    const iterable = typeof source === 'string' ? splitLines(source) : source;
    for await (const item of iterable) {
      const chunk = typeof item === 'string' ? null : item;
      if (chunk) bytes += chunk.bytes;
      for (const raw of chunk ? chunk.lines : [item as string]) {
        lineNo++;
        if (!chunk) bytes += Buffer.byteLength(raw) + 1;
        if (lineNo % 1000 === 0) report(false);
        // Lets the database's replies in often: each step of a batch's write waits for them.
        if (lineNo % 16 === 0) await new Promise(setImmediate);
        const text = (lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
        if (text === '') continue;
        summary.lines++;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (e) {
          fail(lineNo, m.invalidJson(e instanceof Error ? e.message : String(e)));
          continue;
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          fail(lineNo, m.notObject());
          continue;
        }
        const type = (value as { type?: unknown }).type;
        if (!historyLineTypes.includes(type as never)) {
          fail(lineNo, m.unknownType(type));
          continue;
        }
        let record: HistoryLine | null = type === 'dossier' ? fastDossierLine(value as Record<string, unknown>) : null;
        if (!record) {
          const parsed = historyLine.safeParse(value, { error: vietnameseMessages });
          if (!parsed.success) {
            for (const issue of parsed.error.issues) fail(lineNo, m.schema(issue.path.join('.'), issue.message));
            continue;
          }
          record = parsed.data;
        }
        switch (record.type) {
          case 'agency':
            await onAgency(lineNo, record);
            break;
          case 'procedure':
            await onProcedure(lineNo, record);
            break;
          case 'official':
            await onOfficial(lineNo, record);
            break;
          case 'dossier':
            await onDossier(lineNo, record);
            break;
        }
      }
    }
    if (summary.lines === 0) throw new AppError('IMPORT_EMPTY');
    if (writing()) await flush();
    await drain();

    for (const s of successions) {
      const predecessor = ctx.agencies.get(s.code)!;
      const successor = ctx.agencies.get(s.successor);
      if (!successor) {
        unknownRef(s.line, 'agency', s.successor, 'successor');
        continue;
      }
      if (!isValidOn(successor, s.from)) {
        fail(s.line, m.successorNotValid(s.successor, s.from));
        continue;
      }
      const current = predecessor.id === null ? undefined : ctx.successorOf.get(predecessor.id);
      if (current !== undefined) {
        if (current !== successor.id) fail(s.line, m.successorConflict(s.code, [...ctx.agencies.values()].find((a) => a.id === current)?.code ?? `#${current}`));
        continue;
      }
      if (!writing() || predecessor.id === null || successor.id === null) continue;
      const predecessorId = predecessor.id;
      const successorId = successor.id;
      const linked = await write(s.line, () =>
        succeedAgency(tx, actor, { predecessorId, successorId, effectiveFrom: s.from, note: 'Nhập từ dữ liệu lịch sử' }),
      );
      if (linked) summary.agencies.successions++;
    }

    // An unknown code declared further down is an ordering mistake: say so.
    for (const r of pendingRefs) {
      const later = declared[r.kind].get(r.code);
      if (later !== undefined && later > r.error.line) r.error.message = m.definedLater(r.kind, r.code, r.field, later);
    }
    report(true);
    if (errorCount > 0) {
      errors.sort((a, b) => a.line - b.line);
      throw new AppError('IMPORT_REJECTED', { count: errorCount }, { errors, errorCount } satisfies ImportRejection);
    }
    await raiseDossierSequences(tx, sequences);
    if (bulk) await finishBulkLoad(tx, bulk);
    if (triggersOff) {
      await lockReferenced(tx, referenced);
      await tx.execute(sql`set local session_replication_role = origin`);
    }
    summary.dossiers.unchanged = dossierLines - summary.dossiers.created;
    return summary;
  });

  // Fresh statistics after a large load: otherwise the planner may scan where an index would do.
  if (result.dossiers.created >= 10_000) await db.execute(sql`analyze dossiers, dossier_events, dossier_steps`);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
