import { viDay } from '../dossiers/forms/form-format';
import type { Figures } from './form06-figures';
import type { LevelFigures } from './late-figures';
import type { LateDossierList, LateDossierRow } from './late-dossiers';
import type { LateOfficialList, LateOfficialRow } from './late-officials';
import { monthLabel, shares, type ReportMonth } from './late-format';
import { viCount, viPercent } from './vi-numbers';
import type { LateLevel } from './late-units';

interface NoticeGroup {
  readonly key: string;
  readonly label: string;
  readonly levels: readonly LateLevel[];
  readonly officialsAppendix: string;
  readonly dossiersAppendix: string;
  readonly dossierHeading: string;
}

/**
 * What the monthly notice says (seed 000), computed and without I/O: the figures of section I with
 * their percentages, and the paragraphs on officials and dossiers by level. The notice groups the
 * levels as the provinces publish them: communes (appendices 01, 04), districts (02, 05), and the
 * provincial level — departments and the province's own offices (03, 06).
 */
export const noticeGroups = [
  { key: 'commune', label: 'cấp xã', levels: ['commune'], officialsAppendix: '01', dossiersAppendix: '04', dossierHeading: 'Ủy ban nhân dân các xã, phường, thị trấn' },
  { key: 'district', label: 'cấp huyện', levels: ['district'], officialsAppendix: '02', dossiersAppendix: '05', dossierHeading: 'Ủy ban nhân dân các huyện, thị xã, thành phố' },
  { key: 'province', label: 'cấp tỉnh', levels: ['department', 'province'], officialsAppendix: '03', dossiersAppendix: '06', dossierHeading: 'các sở, ban, ngành và cơ quan cấp tỉnh' },
] as const satisfies readonly NoticeGroup[];

export type NoticeGroupKey = (typeof noticeGroups)[number]['key'];

/** Resolved dossiers split as the notice prints them, with shares that add up to 100,00%. */
export interface ResolvedShares {
  resolved: number;
  onTime: number;
  late: number;
  /** `97,88%`; null when nothing was resolved. */
  onTimePercent: string | null;
  latePercent: string | null;
}

export function resolvedShares(f: Figures): ResolvedShares {
  const onTime = f.resolved.early + f.resolved.onTime;
  const bp = shares([onTime, f.resolved.late], f.resolved.total);
  return {
    resolved: f.resolved.total,
    onTime,
    late: f.resolved.late,
    onTimePercent: bp ? viPercent(bp[0]!) : null,
    latePercent: bp ? viPercent(bp[1]!) : null,
  };
}

export interface NoticeLevelSummary extends ResolvedShares {
  level: LateLevel;
  label: string;
  received: number;
  pending: number;
  overdue: number;
}

export interface NoticeGroupSummary {
  key: NoticeGroupKey;
  label: string;
  officialsAppendix: string;
  dossiersAppendix: string;
  officials: number;
  officialUnits: { code: string; name: string; count: number }[];
  lateDossiers: number;
  actual: number;
  softwareOnly: number;
  dossierUnits: { code: string; name: string; count: number }[];
}

/** The computed content of a monthly notice: the web UI previews it, the Word document prints it. */
export interface NoticeSummary extends ResolvedShares {
  month: string;
  monthLabel: string;
  from: string;
  to: string;
  agency: string;
  agencyName: string;
  received: number;
  carriedOver: number;
  actual: number;
  softwareOnly: number;
  pending: number;
  notDue: number;
  overdue: number;
  officials: number;
  officialUnits: number;
  levels: NoticeLevelSummary[];
  groups: NoticeGroupSummary[];
  /** Section I, the figures paragraph, and one sentence per level. */
  paragraph: string;
  levelSentences: string[];
}

export interface NoticeInput {
  readonly month: ReportMonth;
  /** `toàn tỉnh` for a province, else the agency's name. */
  readonly scopeName: string;
  readonly figures: { total: Figures; levels: LevelFigures[] };
  readonly dossiers: LateDossierList;
  readonly officials: LateOfficialList;
}

const pct = (p: string | null) => (p === null ? '' : `, chiếm tỷ lệ ${p}`);

function figuresParagraph(scopeName: string, m: ReportMonth, from: string, to: string, f: Figures, s: ResolvedShares, actual: number, software: number): string {
  const carried = f.received.carriedOver > 0 ? ` (kể cả ${viCount(f.received.carriedOver)} hồ sơ kỳ trước chuyển sang)` : '';
  const lateDetail = s.late > 0 ? `, gồm trễ hạn thực tế ${viCount(actual)} hồ sơ và trễ hạn do chậm thao tác trên Hệ thống ${viCount(software)} hồ sơ` : '';
  const resolved =
    s.resolved === 0
      ? 'chưa có hồ sơ đã giải quyết và trả kết quả'
      : `đã giải quyết và trả kết quả ${viCount(s.resolved)} hồ sơ (trước hạn và đúng hạn: ${viCount(s.onTime)} hồ sơ${pct(s.onTimePercent)}; trễ hạn ${viCount(s.late)} hồ sơ${pct(s.latePercent)}${lateDetail})`;
  return (
    `Thông qua việc trích xuất dữ liệu trên Hệ thống thông tin giải quyết thủ tục hành chính, trong tháng ${monthLabel(m)} ` +
    `(từ ngày ${viDay(from)} đến ngày ${viDay(to)}) ${scopeName} tiếp nhận ${viCount(f.received.total)} hồ sơ${carried}, trong đó: ${resolved}; ` +
    `số hồ sơ đang giải quyết ${viCount(f.pending.total)} hồ sơ (còn hạn ${viCount(f.pending.notDue)} hồ sơ; quá hạn ${viCount(f.pending.overdue)} hồ sơ).`
  );
}

function levelSentence(l: NoticeLevelSummary): string {
  const resolved =
    l.resolved === 0
      ? 'chưa có hồ sơ đã giải quyết'
      : `đã giải quyết ${viCount(l.resolved)} hồ sơ (trước hạn và đúng hạn ${viCount(l.onTime)} hồ sơ${pct(l.onTimePercent)}; trễ hạn ${viCount(l.late)} hồ sơ${pct(l.latePercent)})`;
  return `${l.label}: tiếp nhận ${viCount(l.received)} hồ sơ; ${resolved}; đang giải quyết ${viCount(l.pending)} hồ sơ (quá hạn ${viCount(l.overdue)} hồ sơ).`;
}

function mergeUnits(lists: { code: string; name: string; count: number }[][]): { code: string; name: string; count: number }[] {
  const out = new Map<string, { code: string; name: string; count: number }>();
  for (const u of lists.flat()) {
    const e = out.get(u.code);
    if (e) e.count += u.count;
    else out.set(u.code, { ...u });
  }
  return [...out.values()];
}

/** The rows of the appendices of one group of levels. */
export function groupRows(key: NoticeGroupKey, dossiers: LateDossierList, officials: LateOfficialList): { officialRows: LateOfficialRow[]; dossierRows: LateDossierRow[] } {
  const levels: readonly LateLevel[] = noticeGroups.find((g) => g.key === key)!.levels;
  return {
    officialRows: officials.levels.filter((l) => levels.includes(l.level)).flatMap((l) => l.rows),
    dossierRows: dossiers.levels.filter((l) => levels.includes(l.level)).flatMap((l) => l.rows),
  };
}

export function noticeSummary(input: NoticeInput): NoticeSummary {
  const { month, figures, dossiers, officials } = input;
  const total = figures.total;
  const s = resolvedShares(total);
  const levels = figures.levels.map((l) => ({
    level: l.level,
    label: l.label,
    received: l.figures.received.total,
    pending: l.figures.pending.total,
    overdue: l.figures.pending.overdue,
    ...resolvedShares(l.figures),
  }));
  const groups = noticeGroups.map((g): NoticeGroupSummary => {
    const inGroup = (level: LateLevel) => (g.levels as readonly LateLevel[]).includes(level);
    const ol = officials.levels.filter((l) => inGroup(l.level));
    const dl = dossiers.levels.filter((l) => inGroup(l.level));
    const { officialRows, dossierRows } = groupRows(g.key, dossiers, officials);
    return {
      key: g.key,
      label: g.label,
      officialsAppendix: g.officialsAppendix,
      dossiersAppendix: g.dossiersAppendix,
      officials: new Set(officialRows.map((r) => r.username)).size,
      officialUnits: mergeUnits(ol.map((l) => l.unitList)),
      lateDossiers: dossierRows.length,
      actual: dossierRows.filter((r) => r.lateness === 'actual').length,
      softwareOnly: dossierRows.filter((r) => r.lateness === 'software').length,
      dossierUnits: mergeUnits(dl.map((l) => l.units)),
    };
  });
  return {
    month: `${month.year}-${String(month.month).padStart(2, '0')}`,
    monthLabel: monthLabel(month),
    from: dossiers.from,
    to: dossiers.to,
    agency: dossiers.agency,
    agencyName: dossiers.agencyName,
    received: total.received.total,
    carriedOver: total.received.carriedOver,
    ...s,
    actual: dossiers.actual,
    softwareOnly: dossiers.softwareOnly,
    pending: total.pending.total,
    notDue: total.pending.notDue,
    overdue: total.pending.overdue,
    officials: officials.officials,
    officialUnits: officials.units,
    levels,
    groups,
    paragraph: figuresParagraph(input.scopeName, month, dossiers.from, dossiers.to, total, s, dossiers.actual, dossiers.softwareOnly),
    levelSentences: levels.map(levelSentence),
  };
}

const unitList = (units: { name: string; count: number }[], noun: string) => units.map((u) => `${u.name} (${viCount(u.count)} ${noun})`).join('; ');

/** Section I.1: the officials, one paragraph per group of levels. */
export function officialParagraphs(s: NoticeSummary): { intro: string; items: string[] } {
  const intro =
    s.officials === 0
      ? `Trong tháng ${s.monthLabel}, không có công chức, viên chức giải quyết trễ hạn hồ sơ thủ tục hành chính.`
      : `Trong tháng ${s.monthLabel}, có ${viCount(s.officials)} công chức, viên chức thuộc ${viCount(s.officialUnits)} cơ quan, đơn vị giải quyết trễ hạn hồ sơ thủ tục hành chính, gồm:`;
  const items = s.groups.map((g) =>
    g.officials === 0
      ? `- Đối với ${g.label}: Không có công chức, viên chức giải quyết hồ sơ trễ hạn.`
      : `- Đối với ${g.label}: Có ${viCount(g.officials)} công chức, viên chức thuộc ${viCount(g.officialUnits.length)} cơ quan, đơn vị, gồm: ${unitList(g.officialUnits, 'người')}. (Có phụ lục ${g.officialsAppendix} kèm theo)`,
  );
  return { intro, items };
}

/** Section I.2: the late dossiers, one paragraph per group of levels. */
export function dossierParagraphs(s: NoticeSummary): string[] {
  return s.groups.map((g) => {
    const heading = noticeGroups.find((x) => x.key === g.key)!.dossierHeading;
    if (g.lateDossiers === 0) return `- Đối với ${heading}: Không có hồ sơ giải quyết trễ hạn.`;
    return (
      `- Đối với ${heading}: Có ${viCount(g.lateDossiers)} hồ sơ giải quyết trễ hạn (trễ hạn thực tế ${viCount(g.actual)} hồ sơ; ` +
      `trễ hạn do chậm thao tác trên Hệ thống ${viCount(g.softwareOnly)} hồ sơ) thuộc ${viCount(g.dossierUnits.length)} cơ quan, đơn vị, gồm: ` +
      `${unitList(g.dossierUnits, 'hồ sơ')}. (Có phụ lục ${g.dossiersAppendix} kèm theo)`
    );
  });
}

/** Section I.3: dossiers still being processed past their due time. */
export function pendingParagraph(s: NoticeSummary, scopeName: string): string {
  return `Trong tháng ${s.monthLabel}, ${scopeName} có ${viCount(s.overdue)} hồ sơ quá hạn đang giải quyết (số liệu tại thời điểm kết thúc tháng). Đề nghị các cơ quan, đơn vị rà soát, xử lý dứt điểm, không để tồn đọng kéo dài.`;
}
