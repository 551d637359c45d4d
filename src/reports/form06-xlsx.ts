import ExcelJS from 'exceljs';
import type { Form06Report } from './form06';
import { columnCount, columnNumbers, figureColumns, figureValues, groupingLabels, headerCells, headerRowCount, totalLabel } from './form06-layout';
import { periodLine } from './form06-text';

export interface Form06XlsxOptions {
  /** The agency above the reporting one, printed over its name (`ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN`). */
  readonly parentName?: string | undefined;
}

/** Sheet rows: the title block, the three header lines, the column numbers, then the data. */
export const xlsxLayout = {
  sheetName: 'Biểu 06',
  firstHeaderRow: 5,
  numbersRow: 5 + headerRowCount,
  firstDataRow: 6 + headerRowCount,
} as const;

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = 'Times New Roman';
const NUMBER_FORMAT = '#,##0';

function colLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A formula with its cached value, so viewers that do not recalculate still show the figure. ExcelJS
 * drops a cached result of 0 when assigned through `value`, hence the direct write.
 */
function setFormula(cell: ExcelJS.Cell, formula: string, result: number): void {
  cell.value = { formula, result };
  (cell as unknown as { _value: { result?: number } })._value.result = result;
}

function merge(ws: ExcelJS.Worksheet, row: number, col: number, rowSpan: number, colSpan: number): ExcelJS.Cell {
  if (rowSpan > 1 || colSpan > 1) ws.mergeCells(row, col + 1, row + rowSpan - 1, col + colSpan);
  return ws.getCell(row, col + 1);
}

/**
 * The standard report as an Excel workbook in the layout of form 06/VPCP/KSTT: title block, merged
 * headers, numbered columns, data rows and a bold total row. Totals are formulas (with their values
 * cached), so an edited cell cannot leave a total silently wrong; A4 landscape, fitted to the width,
 * header lines repeated on every printed page, panes frozen below the headers.
 */
export async function form06ToXlsx(report: Form06Report, options: Form06XlsxOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  wb.title = 'Tình hình, kết quả giải quyết thủ tục hành chính';
  wb.calcProperties.fullCalcOnLoad = true;
  const { firstHeaderRow, numbersRow, firstDataRow } = xlsxLayout;
  const ws = wb.addWorksheet(xlsxLayout.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${firstHeaderRow}:${numbersRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' },
    views: [{ state: 'frozen', xSplit: 2, ySplit: numbersRow, topLeftCell: `C${firstDataRow}` }],
    properties: { defaultRowHeight: 18 },
  });
  ws.columns = [{ width: 6 }, { width: 42 }, ...figureColumns.map(() => ({ width: 12 }))];
  const last = columnCount - 1;

  // Title block.
  const issuer = merge(ws, 1, 0, 1, 4);
  issuer.value = options.parentName ? `${options.parentName.toUpperCase()}\n${report.agencyName.toUpperCase()}` : report.agencyName.toUpperCase();
  issuer.font = { name: FONT, size: 11, bold: true };
  issuer.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(1).height = options.parentName ? 32 : 18;
  const formLabel = merge(ws, 1, last - 3, 1, 4);
  formLabel.value = 'Biểu số 06/VPCP/KSTT';
  formLabel.font = { name: FONT, size: 11, italic: true };
  formLabel.alignment = { horizontal: 'center', vertical: 'middle' };
  const title = merge(ws, 2, 0, 1, columnCount);
  title.value = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
  title.font = { name: FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center' };
  const period = merge(ws, 3, 0, 1, columnCount);
  period.value = `${periodLine(report)} — tổng hợp ${groupingLabels[report.by]}`;
  period.font = { name: FONT, size: 12, italic: true };
  period.alignment = { horizontal: 'center' };
  const unit = merge(ws, 4, last - 3, 1, 4);
  unit.value = 'Đơn vị tính: hồ sơ';
  unit.font = { name: FONT, size: 11, italic: true };
  unit.alignment = { horizontal: 'right' };

  // Headers: three lines of merged cells, then the column numbers.
  for (const h of headerCells(report.by)) {
    const cell = merge(ws, firstHeaderRow + h.row, h.col, h.rowSpan, h.colSpan);
    cell.value = h.text;
  }
  for (let r = firstHeaderRow; r <= numbersRow; r++) {
    const row = ws.getRow(r);
    row.height = r === numbersRow ? 18 : r === firstHeaderRow + headerRowCount - 1 ? 78 : 30;
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      if (r === numbersRow) cell.value = columnNumbers[c - 1]!;
      cell.font = { name: FONT, size: 11, bold: r < numbersRow, italic: r === numbersRow };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = thin;
    }
  }

  // Data rows; each total column adds up its parts, so the sheet stays consistent when edited.
  const lastDataRow = firstDataRow + report.rows.length - 1;
  const keyCol = new Map(figureColumns.map((c, i) => [c.key, i + 2]));
  const writeRow = (r: number, stt: number | null, name: string, values: number[], total: boolean) => {
    const row = ws.getRow(r);
    row.getCell(1).value = stt;
    row.getCell(2).value = name;
    figureColumns.forEach((col, i) => {
      const cell = row.getCell(i + 3);
      const value = values[i]!;
      if (total && report.rows.length > 0) {
        const letter = colLetter(i + 2);
        setFormula(cell, `SUM(${letter}${firstDataRow}:${letter}${lastDataRow})`, value);
      } else if (col.sumOf) {
        setFormula(cell, col.sumOf.map((k) => `${colLetter(keyCol.get(k)!)}${r}`).join('+'), value);
      } else {
        cell.value = value;
      }
      cell.numFmt = NUMBER_FORMAT;
      cell.alignment = { horizontal: 'right', vertical: 'middle' };
    });
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      cell.border = thin;
      cell.font = { name: FONT, size: 11, bold: total };
    }
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    row.getCell(2).alignment = { horizontal: total ? 'center' : 'left', vertical: 'middle', wrapText: true };
  };
  report.rows.forEach((row, i) => writeRow(firstDataRow + i, i + 1, row.name, figureValues(row), false));
  writeRow(lastDataRow + 1, null, totalLabel, figureValues(report.total), true);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
