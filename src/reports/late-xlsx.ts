import ExcelJS from 'exceljs';
import type { ListContent } from './late-documents';
import type { LateTable } from './late-tables';

const thin = { style: 'thin' as const };
const box = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A late list as one Excel sheet, printable on A4 landscape: title lines, then for each level its
 * heading and its table (Vietnamese headers). Counts are numbers; instants are Vietnam-time text.
 */
export async function renderLateWorkbook(c: ListContent, emptyTable: LateTable, sheetName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  const ws = wb.addWorksheet(sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  const columns = (c.sections[0]?.table ?? emptyTable).columns;
  ws.columns = columns.map((col) => ({ width: Math.max(6, Math.round(col.width * 1.6)) }));
  const span = columns.length;
  const line = (text: string, font: Partial<ExcelJS.Font>, align: 'center' | 'left' = 'center') => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, span);
    row.getCell(1).font = font;
    row.getCell(1).alignment = { horizontal: align, wrapText: true };
  };
  line(c.agencyName.toLocaleUpperCase('vi'), { bold: true });
  line(c.title, { bold: true, size: 13 });
  for (const l of c.lines) line(l, { italic: true });
  const table = (t: LateTable) => {
    const head = ws.addRow(t.columns.map((col) => col.title));
    head.eachCell((cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = box;
    });
    for (const r of t.rows) {
      const row = ws.addRow(r.map((v, i) => (t.columns[i]?.align === 'center' && /^\d+$/.test(v) ? Number(v) : v)));
      row.eachCell((cell, n) => {
        cell.alignment = { horizontal: t.columns[n - 1]?.align ?? 'left', vertical: 'top', wrapText: true };
        cell.border = box;
      });
    }
  };
  if (c.sections.length === 0) {
    ws.addRow([]);
    table(emptyTable);
    line(c.empty, { italic: true });
  }
  for (const s of c.sections) {
    ws.addRow([]);
    line(s.heading, { bold: true }, 'left');
    table(s.table);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
