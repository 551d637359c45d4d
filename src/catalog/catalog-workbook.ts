import ExcelJS from 'exceljs';
import { AppError } from '../shared/errors';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type CatalogFile } from './catalog-file';
import { foldVietnamese } from './search-text';
import { timeUnitLabels } from './time-unit';
import { onlineLevelLabels, procedureLevelLabels, stepRoleLabels } from './vocabulary';

/**
 * The Excel layout of the catalog: one sheet per kind of row, Vietnamese headers, child rows tied to
 * their procedure by "Mã thủ tục". Import reads the same layout (headers matched without regard to
 * case or diacritics, in any column order); closed vocabularies accept the label or the code.
 */
export const workbookLayout = {
  fields: { sheet: 'Lĩnh vực', columns: { code: 'Mã lĩnh vực', name: 'Tên lĩnh vực' } },
  procedures: {
    sheet: 'Thủ tục',
    columns: {
      code: 'Mã thủ tục',
      name: 'Tên thủ tục',
      fieldCode: 'Mã lĩnh vực',
      levels: 'Cấp thực hiện',
      implementingAgencyCode: 'Mã cơ quan thực hiện',
      implementingAgency: 'Cơ quan thực hiện',
      legalDuration: 'Thời hạn theo quy định',
      publishedDuration: 'Thời hạn công bố',
      timeUnit: 'Đơn vị thời gian',
      onlineLevel: 'Dịch vụ công trực tuyến',
      status: 'Trạng thái',
      decisionNumber: 'Số quyết định công bố',
      decisionDate: 'Ngày ban hành quyết định',
      effectiveDate: 'Ngày có hiệu lực',
      resultDescription: 'Kết quả thực hiện',
    },
  },
  fees: {
    sheet: 'Phí, lệ phí',
    columns: { procedureCode: 'Mã thủ tục', name: 'Tên phí, lệ phí', amount: 'Mức thu (đồng)', note: 'Ghi chú' },
  },
  components: {
    sheet: 'Thành phần hồ sơ',
    columns: {
      procedureCode: 'Mã thủ tục',
      position: 'STT',
      name: 'Tên giấy tờ',
      required: 'Bắt buộc',
      originals: 'Số bản chính',
      copies: 'Số bản sao',
      templateName: 'Mẫu đơn, tờ khai',
      templateUrl: 'Đường dẫn mẫu',
      note: 'Ghi chú',
    },
  },
  steps: {
    sheet: 'Quy trình',
    columns: {
      procedureCode: 'Mã thủ tục',
      workflowAgencyCode: 'Mã cơ quan tiếp nhận (trống = mọi cơ quan)',
      position: 'STT bước',
      stage: 'Giai đoạn',
      name: 'Tên bước',
      role: 'Vai trò',
      agencyCode: 'Mã cơ quan thực hiện bước (trống = cơ quan tiếp nhận)',
      allotted: 'Thời gian thực hiện',
    },
  },
} as const;

type Layout = typeof workbookLayout;
type SheetKey = keyof Layout;
type Row<K extends SheetKey> = Record<keyof Layout[K]['columns'], unknown>;

const statusLabels = { active: 'Đang áp dụng', abolished: 'Đã bãi bỏ' } as const;
const yes = 'Có';
const no = 'Không';

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function toDisplayDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

// ---------------------------------------------------------------- writing

function addSheet<K extends SheetKey>(wb: ExcelJS.Workbook, key: K, rows: Row<K>[], widths: Partial<Record<keyof Layout[K]['columns'], number>>): void {
  const def = workbookLayout[key];
  const ws = wb.addWorksheet(def.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = def.columns as Record<string, string>;
  ws.columns = Object.entries(columns).map(([k, header]) => ({
    header,
    key: k,
    width: (widths as Record<string, number | undefined>)[k] ?? Math.max(12, header.length + 2),
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
}

/** The catalog as an .xlsx workbook. */
export async function writeCatalogWorkbook(file: CatalogFile): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  wb.created = new Date(file.exportedAt ?? Date.now());
  addSheet(wb, 'fields', file.fields, { name: 40 });
  addSheet(
    wb,
    'procedures',
    file.procedures.map((p) => ({
      code: p.code,
      name: p.name,
      fieldCode: p.fieldCode,
      levels: p.levels.map((l) => procedureLevelLabels[l]).join('; '),
      implementingAgencyCode: p.implementingAgencyCode,
      implementingAgency: p.implementingAgency,
      legalDuration: p.legalDuration,
      publishedDuration: p.publishedDuration,
      timeUnit: capitalise(timeUnitLabels[p.timeUnit]),
      onlineLevel: onlineLevelLabels[p.onlineLevel],
      status: statusLabels[p.status],
      decisionNumber: p.decisionNumber,
      decisionDate: toDisplayDate(p.decisionDate),
      effectiveDate: toDisplayDate(p.effectiveDate),
      resultDescription: p.resultDescription,
    })),
    { name: 60, implementingAgency: 40, resultDescription: 40 },
  );
  addSheet(
    wb,
    'fees',
    file.procedures.flatMap((p) => p.fees.map((f) => ({ procedureCode: p.code, name: f.name, amount: f.amount, note: f.note }))),
    { name: 40, note: 40 },
  );
  addSheet(
    wb,
    'components',
    file.procedures.flatMap((p) =>
      p.components.map((c, i) => ({
        procedureCode: p.code,
        position: i + 1,
        name: c.name,
        required: c.required ? yes : no,
        originals: c.originals,
        copies: c.copies,
        templateName: c.templateName,
        templateUrl: c.templateUrl,
        note: c.note,
      })),
    ),
    { name: 60, note: 30 },
  );
  addSheet(
    wb,
    'steps',
    file.procedures.flatMap((p) =>
      p.workflows.flatMap((w) =>
        w.steps.map((s, i) => ({
          procedureCode: p.code,
          workflowAgencyCode: w.agencyCode,
          position: i + 1,
          stage: s.stage,
          name: s.name,
          role: stepRoleLabels[s.role],
          agencyCode: s.agencyCode,
          allotted: s.allotted,
        })),
      ),
    ),
    { name: 40 },
  );
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data);
}

// ---------------------------------------------------------------- reading

export interface RowLocation {
  readonly sheet: string | null;
  readonly row: number | null;
}

/** Where in the source a path of the catalog object came from. */
export type Locator = (path: readonly PropertyKey[]) => RowLocation;

export interface ReadIssue extends RowLocation {
  readonly procedureCode: string | null;
  readonly message: string;
}

export interface ReadWorkbook {
  /** The catalog object to validate with catalogFileSchema (cells converted where recognised). */
  readonly raw: unknown;
  readonly locate: Locator;
  /** Problems of layout (missing sheets or columns, orphan rows) found while reading. */
  readonly issues: readonly ReadIssue[];
}

function cellValue(cell: ExcelJS.CellValue): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return cell;
  if (typeof cell === 'object') {
    if ('richText' in cell) return cell.richText.map((t) => t.text).join('');
    if ('formula' in cell || 'sharedFormula' in cell) return cellValue((cell as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in cell) return cellValue((cell as { text: ExcelJS.CellValue }).text);
    if ('error' in cell) return undefined;
  }
  if (typeof cell === 'string') {
    const t = cell.trim();
    return t === '' ? undefined : t;
  }
  return cell;
}

function asText(v: unknown): unknown {
  if (v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

/** "0,5" and "0.5" → 0.5; an integer column also accepts thousands separators ("75.000"). */
function asNumber(v: unknown, integer: boolean): unknown {
  if (typeof v !== 'string') return v;
  const s = v.replace(/\s/g, '');
  if (integer && /^\d{1,3}([.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  if (/^-?\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return v;
}

/** Dates typed in Excel come back as UTC midnight; text may be dd/mm/yyyy or yyyy-mm-dd. */
function asDate(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
    if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return asText(v);
}

function asBoolean(v: unknown): unknown {
  if (typeof v !== 'string' && typeof v !== 'number') return v;
  const f = foldVietnamese(String(v));
  if (['co', 'x', 'true', '1', 'bat buoc'].includes(f)) return true;
  if (['khong', 'false', '0'].includes(f)) return false;
  return v;
}

/** A code from its code or its Vietnamese label; anything else is left for validation to reject. */
function fromLabel<K extends string>(v: unknown, labels: Record<K, string>): unknown {
  if (typeof v !== 'string') return v;
  const f = foldVietnamese(v);
  for (const [code, label] of Object.entries(labels) as [K, string][]) {
    if (f === code.toLowerCase() || f === foldVietnamese(label)) return code;
  }
  return v;
}

interface SheetRow<K extends SheetKey> {
  readonly row: number;
  readonly values: Partial<Row<K>>;
}

function readSheet<K extends SheetKey>(wb: ExcelJS.Workbook, key: K, issues: ReadIssue[], required: boolean): SheetRow<K>[] {
  const def = workbookLayout[key];
  const ws = wb.worksheets.find((w) => foldVietnamese(w.name) === foldVietnamese(def.sheet));
  if (!ws) {
    if (required) issues.push({ sheet: def.sheet, row: null, procedureCode: null, message: `Thiếu trang "${def.sheet}".` });
    return [];
  }
  const header = ws.getRow(1);
  const columnOf = new Map<string, number>();
  header.eachCell((cell, col) => {
    const text = asText(cellValue(cell.value));
    if (typeof text === 'string') columnOf.set(foldVietnamese(text), col);
  });
  const columns = def.columns as Record<string, string>;
  const positions: [string, number][] = [];
  for (const [k, label] of Object.entries(columns)) {
    const col = columnOf.get(foldVietnamese(label));
    if (col === undefined) {
      issues.push({ sheet: def.sheet, row: 1, procedureCode: null, message: `Trang "${def.sheet}" thiếu cột "${label}".` });
    } else positions.push([k, col]);
  }
  const rows: SheetRow<K>[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, unknown> = {};
    let empty = true;
    for (const [k, col] of positions) {
      const v = cellValue(row.getCell(col).value);
      if (v !== undefined) empty = false;
      values[k] = v;
    }
    if (!empty) rows.push({ row: rowNumber, values: values as Partial<Row<K>> });
  });
  return rows;
}

/** Orders child rows by their number column, then by row; a missing or repeated number is reported. */
function ordered<K extends SheetKey>(rows: SheetRow<K>[], position: (r: SheetRow<K>) => unknown, sheet: string, code: string, issues: ReadIssue[]): SheetRow<K>[] {
  const seen = new Set<number>();
  for (const r of rows) {
    const p = asNumber(position(r), true);
    if (p === undefined) continue;
    if (typeof p !== 'number' || !Number.isInteger(p)) {
      issues.push({ sheet, row: r.row, procedureCode: code, message: `Số thứ tự "${typeof p === 'string' ? p : '?'}" không hợp lệ.` });
    } else if (seen.has(p)) {
      issues.push({ sheet, row: r.row, procedureCode: code, message: `Số thứ tự ${p} bị lặp.` });
    } else seen.add(p);
  }
  const key = (r: SheetRow<K>) => {
    const p = asNumber(position(r), true);
    return typeof p === 'number' ? p : Number.MAX_SAFE_INTEGER;
  };
  return [...rows].sort((a, b) => key(a) - key(b) || a.row - b.row);
}

/** Reads a workbook in the layout above into a catalog object and where each part came from. */
export async function readCatalogWorkbook(data: Buffer): Promise<ReadWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new AppError('CATALOG_FILE_UNREADABLE', { detail: e instanceof Error ? e.message : String(e) });
  }
  const issues: ReadIssue[] = [];
  const L = workbookLayout;
  const locations = new Map<string, RowLocation>();
  const at = (path: readonly PropertyKey[], sheet: string, row: number) => locations.set(path.map(String).join('.'), { sheet, row });

  const fieldRows = readSheet(wb, 'fields', issues, false);
  const fields = fieldRows.map((r, i) => {
    at(['fields', i], L.fields.sheet, r.row);
    return { code: asText(r.values.code), name: asText(r.values.name) };
  });

  const procedureRows = readSheet(wb, 'procedures', issues, true);
  const byCode = new Map<string, { index: number; fees: unknown[]; components: unknown[]; workflows: unknown[] }>();
  const procedures = procedureRows.map((r, i) => {
    const v = r.values;
    at(['procedures', i], L.procedures.sheet, r.row);
    const code = asText(v.code);
    const entry = { index: i, fees: [] as unknown[], components: [] as unknown[], workflows: [] as unknown[] };
    if (typeof code === 'string' && !byCode.has(code)) byCode.set(code, entry);
    const levels =
      typeof v.levels === 'string'
        ? v.levels
            .split(/[;\n]/)
            .map((s) => s.trim())
            .filter((s) => s !== '')
            .map((s) => fromLabel(s, procedureLevelLabels))
        : v.levels;
    return {
      code,
      name: asText(v.name),
      fieldCode: asText(v.fieldCode),
      levels,
      implementingAgencyCode: asText(v.implementingAgencyCode),
      implementingAgency: asText(v.implementingAgency),
      legalDuration: asNumber(v.legalDuration, false),
      publishedDuration: asNumber(v.publishedDuration, false),
      timeUnit: fromLabel(asText(v.timeUnit), timeUnitLabels),
      onlineLevel: fromLabel(asText(v.onlineLevel), onlineLevelLabels),
      status: fromLabel(asText(v.status), statusLabels),
      decisionNumber: asText(v.decisionNumber),
      decisionDate: asDate(v.decisionDate),
      effectiveDate: asDate(v.effectiveDate),
      resultDescription: asText(v.resultDescription),
      fees: entry.fees,
      components: entry.components,
      workflows: entry.workflows,
    };
  });

  /** Groups child rows by procedure, reporting rows whose procedure is not in the procedures sheet. */
  function group<K extends SheetKey>(rows: SheetRow<K>[], sheet: string): Map<string, SheetRow<K>[]> {
    const groups = new Map<string, SheetRow<K>[]>();
    for (const r of rows) {
      const code = asText((r.values as Record<string, unknown>).procedureCode);
      if (typeof code !== 'string' || !byCode.has(code)) {
        issues.push({
          sheet,
          row: r.row,
          procedureCode: typeof code === 'string' ? code : null,
          message:
            typeof code === 'string'
              ? `Mã thủ tục ${code} không có trong trang "${L.procedures.sheet}".`
              : 'Thiếu mã thủ tục.',
        });
        continue;
      }
      groups.set(code, [...(groups.get(code) ?? []), r]);
    }
    return groups;
  }

  for (const [code, rows] of group(readSheet(wb, 'fees', issues, false), L.fees.sheet)) {
    const entry = byCode.get(code)!;
    rows.forEach((r, j) => {
      at(['procedures', entry.index, 'fees', j], L.fees.sheet, r.row);
      entry.fees.push({ name: asText(r.values.name), amount: asNumber(r.values.amount, true), note: asText(r.values.note) });
    });
  }

  for (const [code, rows] of group(readSheet(wb, 'components', issues, false), L.components.sheet)) {
    const entry = byCode.get(code)!;
    ordered(rows, (r) => r.values.position, L.components.sheet, code, issues).forEach((r, j) => {
      const v = r.values;
      at(['procedures', entry.index, 'components', j], L.components.sheet, r.row);
      entry.components.push({
        name: asText(v.name),
        required: asBoolean(v.required),
        originals: asNumber(v.originals, true),
        copies: asNumber(v.copies, true),
        templateName: asText(v.templateName),
        templateUrl: asText(v.templateUrl),
        note: asText(v.note),
      });
    });
  }

  for (const [code, rows] of group(readSheet(wb, 'steps', issues, false), L.steps.sheet)) {
    const entry = byCode.get(code)!;
    const byAgency = new Map<string, SheetRow<'steps'>[]>();
    for (const r of rows) {
      const agency = asText(r.values.workflowAgencyCode);
      const k = typeof agency === 'string' ? agency : '';
      byAgency.set(k, [...(byAgency.get(k) ?? []), r]);
    }
    let w = 0;
    for (const [agency, stepRows] of byAgency) {
      const steps = ordered(stepRows, (r) => r.values.position, L.steps.sheet, code, issues);
      at(['procedures', entry.index, 'workflows', w], L.steps.sheet, steps[0]!.row);
      entry.workflows.push({
        agencyCode: agency === '' ? null : agency,
        steps: steps.map((r, s) => {
          const v = r.values;
          at(['procedures', entry.index, 'workflows', w, 'steps', s], L.steps.sheet, r.row);
          return {
            stage: asNumber(v.stage, true),
            name: asText(v.name),
            role: fromLabel(asText(v.role), stepRoleLabels),
            agencyCode: asText(v.agencyCode),
            allotted: asNumber(v.allotted, false),
          };
        }),
      });
      w += 1;
    }
  }

  const locate: Locator = (path) => {
    for (let n = path.length; n > 0; n--) {
      const found = locations.get(path.slice(0, n).map(String).join('.'));
      if (found) return found;
    }
    return { sheet: null, row: null };
  };
  return {
    raw: { format: CATALOG_FORMAT, formatVersion: CATALOG_FORMAT_VERSION, fields, procedures },
    locate,
    issues,
  };
}
