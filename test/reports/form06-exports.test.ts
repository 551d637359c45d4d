import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readZipEntry, docxText } from '../dossiers/forms-zip';
import { figuresOf, zeroCounts, type CountRow } from '../../src/reports/form06-figures';
import type { Form06Report } from '../../src/reports/form06';
import { form06ToXlsx, xlsxLayout } from '../../src/reports/form06-xlsx';
import { form06ToDocx } from '../../src/reports/form06-docx';
import { csvField, drillDownToCsv, form06ToCsv } from '../../src/reports/form06-csv';
import { columnCount, figureColumns, figureValue, figureValues, headerCells } from '../../src/reports/form06-layout';
import { basisPoints, placeOf, ratesOf, summaryText } from '../../src/reports/form06-text';
import { viNumber, viPercent } from '../../src/reports/vi-numbers';
import { contentDisposition, foldToAscii, reportFileName } from '../../src/reports/report-files';
import { resolvePeriodInput } from '../../src/reports/period-input';

const counts = (c: Partial<CountRow>): CountRow => ({ ...zeroCounts, ...c });

const sample: Form06Report = {
  from: '2026-03-01',
  to: '2026-03-31',
  agency: 'LS',
  agencyName: 'Ủy ban nhân dân tỉnh Lạng Sơn',
  by: 'child',
  rows: [
    { key: 'LS-SXD', name: 'Sở Xây dựng', ...figuresOf(counts({ carried_over: 3, new_online: 120, new_direct: 1_210, early: 900, on_time: 250, late: 13, not_due: 160, overdue: 10 })) },
    { key: 'LS-STP', name: 'Sở Tư pháp', ...figuresOf(counts({ new_direct: 7, on_time: 5, not_due: 2 })) },
    { key: 'LS-X-05977', name: 'Ủy ban nhân dân phường Đông Kinh', ...figuresOf(zeroCounts) },
  ],
  total: figuresOf(counts({ carried_over: 3, new_online: 120, new_direct: 1_217, early: 900, on_time: 255, late: 13, not_due: 162, overdue: 10 })),
};

async function readSheet(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb.getWorksheet(xlsxLayout.sheetName)!;
}

/** A cell's number whether it holds a value or a formula with its cached result. */
function numberAt(ws: ExcelJS.Worksheet, row: number, col: number): number {
  const cell = ws.getCell(row, col);
  if (typeof cell.value === 'number') return cell.value;
  if (cell.formula && typeof cell.result === 'number') return cell.result;
  throw new Error(`no number at ${row}:${col}: ${JSON.stringify(cell.value)}`);
}

describe('form 06 layout and wording', () => {
  it('has 14 columns whose totals are the sums of their parts', () => {
    expect(columnCount).toBe(14);
    for (const row of [...sample.rows, { name: 'total', ...sample.total }]) {
      for (const col of figureColumns) {
        if (col.sumOf) expect(figureValue(row, col.key), `${row.name} ${col.key}`).toBe(col.sumOf.reduce((s, k) => s + figureValue(row, k), 0));
      }
    }
    // Every column of the bottom line is covered exactly once by the three header lines.
    const covered = new Map<string, number>();
    for (const h of headerCells('child'))
      for (let r = h.row; r < h.row + h.rowSpan; r++) for (let c = h.col; c < h.col + h.colSpan; c++) covered.set(`${r}:${c}`, (covered.get(`${r}:${c}`) ?? 0) + 1);
    expect(covered.size).toBe(3 * 14);
    expect([...covered.values()].every((n) => n === 1)).toBe(true);
  });

  it('formats counts and rates the Vietnamese way', () => {
    expect(viNumber(113_048)).toBe('113.048');
    expect(viNumber(0)).toBe('0');
    expect(viPercent(9_788)).toBe('97,88%');
    expect(viPercent(10_000)).toBe('100,00%');
    expect(basisPoints(13_153, 13_437)).toBe(9_789);
    expect(basisPoints(1, 0)).toBeNull();
    const r = ratesOf(sample.total);
    expect(r.onTime! + r.late!).toBe(10_000);
    expect(r.onTime).toBe(basisPoints(1_155, 1_168));
    expect(placeOf('Ủy ban nhân dân tỉnh Lạng Sơn')).toBe('Lạng Sơn');
    const text = summaryText(sample.agencyName, sample, sample.total);
    expect(text).toContain('tiếp nhận giải quyết 1.340 hồ sơ');
    expect(text).toContain('trước hạn và đúng hạn 1.155 hồ sơ');
    expect(text).toContain(`chiếm tỷ lệ ${viPercent(r.onTime!)}`);
    expect(text).toContain('từ ngày 01/03/2026 đến ngày 31/03/2026');
    expect(summaryText('X', sample, figuresOf(zeroCounts))).toContain('chưa có hồ sơ nào được giải quyết');
  });

  it('on-time and late rates always add up to 100,00%', () => {
    fc.assert(
      fc.property(fc.nat(5_000), fc.nat(5_000), fc.nat(5_000), (early, onTime, late) => {
        const r = ratesOf(figuresOf(counts({ early, on_time: onTime, late })));
        if (early + onTime + late === 0) return r.onTime === null;
        return r.onTime! + r.late! === 10_000 && Math.abs(r.onTime! - ((early + onTime) * 10_000) / (early + onTime + late)) <= 0.5;
      }),
    );
  });

  it('names downloads safely, keeping the Vietnamese name for browsers', () => {
    expect(foldToAscii('Báo cáo Đông Kinh')).toBe('Bao cao Dong Kinh');
    const name = reportFileName('Báo cáo TTHC theo đơn vị', 'LS', '2026-03-01', '2026-03-31', 'xlsx');
    expect(name).toBe('Báo cáo TTHC theo đơn vị LS 2026-03-01_2026-03-31.xlsx');
    const header = contentDisposition(name);
    expect(header).toBe(
      `attachment; filename="Bao cao TTHC theo don vi LS 2026-03-01_2026-03-31.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe(name);
    // Quotes, slashes and line breaks never reach the header.
    expect(contentDisposition('a"b/c\r\nd.csv')).not.toMatch(/[\r\n]|"b|\//);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });

  it('takes a period as dates or as a preset, never both', () => {
    expect(resolvePeriodInput({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(resolvePeriodInput({ period: 'quarter', year: 2026, index: 2 })).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(resolvePeriodInput({ period: 'year', year: 2025 })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(() => resolvePeriodInput({ from: '2026-03-01' })).toThrow(expect.objectContaining({ code: 'REPORT_PERIOD_REQUIRED' }));
    expect(() => resolvePeriodInput({ period: 'month', year: 2026, from: '2026-03-01' })).toThrow(expect.objectContaining({ code: 'REPORT_PERIOD_REQUIRED' }));
    expect(() => resolvePeriodInput({ period: 'month', index: 3 })).toThrow(expect.objectContaining({ code: 'REPORT_PERIOD_REQUIRED' }));
    expect(() => resolvePeriodInput({ period: 'month', year: 2026, index: 13 })).toThrow(expect.objectContaining({ code: 'REPORT_INVALID_PRESET' }));
    expect(() => resolvePeriodInput({ from: '2026-02-30', to: '2026-03-31' })).toThrow(expect.objectContaining({ code: 'REPORT_INVALID_PERIOD' }));
  });
});

describe('form 06 as Excel', () => {
  it('has the merged two-level headers, the column numbers, the data and formula totals', async () => {
    const ws = await readSheet(await form06ToXlsx(sample, { parentName: 'Ủy ban nhân dân tỉnh Lạng Sơn' }));
    const { firstHeaderRow: h, numbersRow, firstDataRow } = xlsxLayout;
    const merges = ws.model.merges;
    for (const range of [`A${h}:A${h + 2}`, `B${h}:B${h + 2}`, `C${h}:F${h}`, `G${h}:M${h}`, `N${h}:N${h + 2}`, `C${h + 1}:C${h + 2}`, `D${h + 1}:F${h + 1}`, `G${h + 1}:J${h + 1}`, `K${h + 1}:M${h + 1}`]) {
      expect(merges, range).toContain(range);
    }
    expect(ws.getCell(`C${h}`).value).toBe('Số hồ sơ nhận giải quyết');
    expect(ws.getCell(`G${h}`).value).toBe('Kết quả giải quyết');
    expect(ws.getCell(`G${h + 1}`).value).toBe('Số hồ sơ đã giải quyết');
    expect(ws.getCell(`K${h + 1}`).value).toBe('Số hồ sơ đang giải quyết');
    expect(ws.getCell(`D${h + 2}`).value).toBe('Số mới tiếp nhận trực tuyến');
    expect(ws.getCell(`E${h + 2}`).value).toBe('Số kỳ trước chuyển qua');
    expect(ws.getCell(`H${h + 2}`).value).toBe('Trả trước hạn');
    expect(ws.getCell(`L${h + 2}`).value).toBe('Chưa đến hạn');
    expect(ws.getCell(`D${h + 1}`).isMerged).toBe(true);
    expect(ws.getCell(`B${h}`).value).toBe('Đơn vị');
    expect(Array.from({ length: 14 }, (_, i) => ws.getCell(numbersRow, i + 1).value)).toEqual(Array.from({ length: 14 }, (_, i) => `(${i + 1})`));
    expect(ws.getCell('A1').text).toContain('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(ws.getCell('A2').value).toBe('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(ws.getCell('A3').text).toContain('Kỳ báo cáo: từ ngày 01/03/2026 đến ngày 31/03/2026');

    sample.rows.forEach((row, i) => {
      const r = firstDataRow + i;
      expect(ws.getCell(r, 1).value).toBe(i + 1);
      expect(ws.getCell(r, 2).value).toBe(row.name);
      expect(Array.from({ length: 12 }, (_, c) => numberAt(ws, r, c + 3))).toEqual(figureValues(row));
    });
    const totalRow = firstDataRow + sample.rows.length;
    expect(ws.getCell(totalRow, 2).value).toBe('Tổng cộng');
    expect(ws.getCell(totalRow, 3).font.bold).toBe(true);
    expect(Array.from({ length: 12 }, (_, c) => numberAt(ws, totalRow, c + 3))).toEqual(figureValues(sample.total));
    // The totals are formulas over the data rows, and their cached values equal the report's.
    expect(ws.getCell(totalRow, 3).formula).toBe(`SUM(C${firstDataRow}:C${totalRow - 1})`);
    for (let c = 3; c <= 14; c++) {
      const sum = sample.rows.reduce((s, _, i) => s + numberAt(ws, firstDataRow + i, c), 0);
      expect(numberAt(ws, totalRow, c)).toBe(sum);
    }
    expect(ws.getCell(firstDataRow, 3).formula).toBe(`D${firstDataRow}+E${firstDataRow}+F${firstDataRow}`);
    expect(ws.getCell(firstDataRow, 4).numFmt).toBe('#,##0');
    expect(ws.getCell(firstDataRow, 5).border.left?.style).toBe('thin');
  });

  it('prints on A4 landscape fitted to the width, repeating the headers, with frozen panes', async () => {
    const ws = await readSheet(await form06ToXlsx(sample));
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe(`${xlsxLayout.firstHeaderRow}:${xlsxLayout.numbersRow}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: xlsxLayout.numbersRow });
  });

  it('writes an empty report with a zero total row', async () => {
    const ws = await readSheet(await form06ToXlsx({ ...sample, rows: [], total: figuresOf(zeroCounts) }));
    expect(ws.getCell(xlsxLayout.firstDataRow, 2).value).toBe('Tổng cộng');
    expect(numberAt(ws, xlsxLayout.firstDataRow, 3)).toBe(0);
  });
});

describe('form 06 as Word', () => {
  it('is a landscape-table document with the national header, title, figures and signature', async () => {
    const docx = await form06ToDocx(sample, {
      signerTitle: 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG',
      signerName: 'Trương Quốc Việt',
      place: 'Lạng Sơn',
      date: '2026-04-05',
      recipients: ['Chủ tịch UBND tỉnh (để báo cáo);', 'Lưu: VT.'],
    });
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xml = readZipEntry(docx, 'word/document.xml')!;
    const text = docxText(xml).replace(/\u0001/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(text).toContain('Tình hình, kết quả giải quyết thủ tục hành chính');
    expect(text).toContain('Kỳ báo cáo: từ ngày 01/03/2026 đến ngày 31/03/2026');
    expect(text).toContain('Lạng Sơn, ngày 05 tháng 04 năm 2026');
    expect(text).toContain(`chiếm tỷ lệ ${viPercent(ratesOf(sample.total).onTime!)}`);
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('PHÓ CHÁNH VĂN PHÒNG');
    expect(text).toContain('Trương Quốc Việt');
    expect(text).toContain('Tổng cộng');
    // Every figure of the total row is printed in the table, with thousands separators.
    const cells = docxText(xml).split('\u0001');
    const totalAt = cells.indexOf('Tổng cộng');
    expect(cells.slice(totalAt + 1, totalAt + 13)).toEqual(figureValues(sample.total).map(viNumber));
    expect(cells).toContain('(14)');
    // The table sits in a landscape section; the merged headers span columns and rows.
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toContain('<w:gridSpan w:val="7"/>');
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toContain('<w:tblHeader/>');
  });
});

describe('form 06 as CSV', () => {
  it('has one line per row and a total line, Vietnamese header by default', () => {
    const csv = form06ToCsv(sample);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(sample.rows.length + 3);
    expect(lines[0]).toBe(
      'STT,Mã,Tên,Số hồ sơ nhận giải quyết - Tổng số,Số hồ sơ nhận giải quyết - Số mới tiếp nhận trực tuyến,Số hồ sơ nhận giải quyết - Số kỳ trước chuyển qua,' +
        'Số hồ sơ nhận giải quyết - Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính công ích,Số hồ sơ đã giải quyết - Tổng số,Số hồ sơ đã giải quyết - Trả trước hạn,' +
        'Số hồ sơ đã giải quyết - Trả đúng thời hạn,Số hồ sơ đã giải quyết - Trả quá hạn,Số hồ sơ đang giải quyết - Tổng số,Số hồ sơ đang giải quyết - Chưa đến hạn,' +
        'Số hồ sơ đang giải quyết - Quá hạn,Tổng số hồ sơ quá hạn (đã giải quyết và đang giải quyết)',
    );
    expect(lines[1]).toBe(`1,LS-SXD,Sở Xây dựng,${figureValues(sample.rows[0]!).join(',')}`);
    expect(lines[sample.rows.length + 1]).toBe(`,,Tổng cộng,${figureValues(sample.total).join(',')}`);
    const keys = form06ToCsv(sample, { header: 'keys', bom: false }).split('\r\n');
    expect(keys[0]).toBe(`stt,key,name,${figureColumns.map((c) => c.key).join(',')}`);
  });

  it('quotes fields that need it', () => {
    expect(csvField('Ủy ban nhân dân xã A, huyện B')).toBe('"Ủy ban nhân dân xã A, huyện B"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
    const csv = drillDownToCsv(
      [
        {
          code: 'LS-SXD-260302-0001',
          procedureCode: '1.009972',
          procedureName: 'Cấp giấy phép xây dựng, sửa chữa',
          agencyCode: 'LS-SXD',
          agencyName: 'Sở Xây dựng',
          channel: 'online',
          receivedAt: new Date('2026-03-02T02:00:00Z'),
          dueAt: new Date('2026-03-10T10:00:00Z'),
          finishedAt: null,
          resultSignedAt: null,
          outcome: null,
        },
      ],
      { bom: false },
    );
    expect(csv.split('\r\n')[1]).toBe(
      'LS-SXD-260302-0001,1.009972,"Cấp giấy phép xây dựng, sửa chữa",LS-SXD,Sở Xây dựng,Trực tuyến,2026-03-02T09:00:00+07:00,2026-03-10T17:00:00+07:00,,,',
    );
  });
});
