import { upper, viDay } from '../dossiers/forms/form-format';
import { paragraph, run, type DocBlock, type DocFile, type ParagraphBlock } from './late-docx';
import type { LateDossierList } from './late-dossiers';
import type { LateOfficialList } from './late-officials';
import { dossierTable, officialTable, type LateTable } from './late-tables';
import { viCount } from './vi-numbers';

/** The late lists as documents (pure): the same sections feed the Word and the Excel exports. */

export interface ListSection {
  readonly heading: string;
  readonly table: LateTable;
}

export interface ListContent {
  readonly agencyName: string;
  readonly title: string;
  readonly lines: readonly string[];
  readonly sections: readonly ListSection[];
  readonly empty: string;
}

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** `Từ ngày 01/03/2026 đến ngày 31/03/2026`. */
export const periodLine = (from: string, to: string) => `Từ ngày ${viDay(from)} đến ngày ${viDay(to)}`;

export function dossierListContent(list: LateDossierList): ListContent {
  return {
    agencyName: list.agencyName,
    title: 'DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH GIẢI QUYẾT TRỄ HẠN',
    lines: [
      periodLine(list.from, list.to),
      `Tổng số: ${viCount(list.total)} hồ sơ (trễ hạn thực tế: ${viCount(list.actual)}; trễ hạn do chậm thao tác trên hệ thống: ${viCount(list.softwareOnly)})`,
    ],
    sections: list.levels.map((l, i) => ({
      heading: `${roman[i]}. ${l.label}: ${viCount(l.total)} hồ sơ thuộc ${viCount(l.units.length)} cơ quan, đơn vị`,
      table: dossierTable(l.rows),
    })),
    empty: 'Không có hồ sơ giải quyết trễ hạn trong kỳ.',
  };
}

export function officialListContent(list: LateOfficialList, opts: { usernames: boolean } = { usernames: true }): ListContent {
  return {
    agencyName: list.agencyName,
    title: 'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH TRỄ HẠN',
    lines: [periodLine(list.from, list.to), `Tổng số: ${viCount(list.officials)} cán bộ, công chức, viên chức thuộc ${viCount(list.units)} cơ quan, đơn vị`],
    sections: list.levels.map((l, i) => ({
      heading: `${roman[i]}. ${l.label}: ${viCount(l.officials)} cán bộ, công chức, viên chức thuộc ${viCount(l.units)} cơ quan, đơn vị`,
      table: officialTable(l.rows, opts),
    })),
    empty: 'Không có cán bộ, công chức, viên chức giải quyết hồ sơ trễ hạn trong kỳ.',
  };
}

export interface HeaderFacts {
  /** Agency above the issuer, empty for none. */
  readonly parentName: string;
  readonly unitName: string;
  readonly number: string | null;
  readonly dateline: string | null;
}

const centred = (text: string, style: { bold?: boolean; italic?: boolean } = {}): ParagraphBlock => paragraph([run(text, style)], { align: 'center', after: 0 });

/** The two-column head of an administrative document (Decree 30/2020). */
export function documentHeader(h: HeaderFacts): DocBlock {
  return {
    kind: 'columns',
    widths: [40, 60],
    cells: [
      [
        ...(h.parentName ? [centred(upper(h.parentName))] : []),
        centred(upper(h.unitName), { bold: true }),
        centred('―――――'),
        ...(h.number !== null ? [centred(`Số: ${h.number}`)] : []),
      ],
      [
        centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
        centred('Độc lập - Tự do - Hạnh phúc', { bold: true }),
        centred('―――――――――――'),
        ...(h.dateline !== null ? [centred(h.dateline, { italic: true })] : []),
      ],
    ],
  };
}

/** Level sections as Word blocks: a heading, then its table; one empty table when there is nothing. */
export function sectionBlocks(sections: readonly ListSection[], empty: string, emptyTable: LateTable): DocBlock[] {
  if (sections.length === 0) return [{ kind: 'table', table: emptyTable, empty }];
  return sections.flatMap((s): DocBlock[] => [paragraph([run(s.heading, { bold: true })], { after: 80 }), { kind: 'table', table: s.table, empty }]);
}

/** A late list as a landscape Word document. */
export function listDocument(c: ListContent, emptyTable: LateTable): DocFile {
  return {
    title: c.title,
    sections: [
      {
        orientation: 'landscape',
        blocks: [
          documentHeader({ parentName: '', unitName: c.agencyName, number: null, dateline: null }),
          paragraph([run(c.title, { bold: true })], { align: 'center', after: 40 }),
          ...c.lines.map((l, i) => paragraph([run(l, { italic: i === 0 })], { align: 'center', after: i === c.lines.length - 1 ? 200 : 0 })),
          ...sectionBlocks(c.sections, c.empty, emptyTable),
        ],
      },
    ],
  };
}
