import { viDateTime } from '../dossiers/forms/form-format';
import type { LateDossierRow, Lateness } from './late-dossiers';
import type { LateOfficialRow } from './late-officials';

/** The tables of the late lists, already in Vietnamese: the Excel and Word exports draw from them. */

export interface TableColumn {
  readonly title: string;
  /** Share of the table width (Word), and characters (Excel) scaled. */
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

export interface LateTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
}

export const latenessLabels: Record<Lateness, string> = {
  actual: 'Trễ hạn thực tế',
  software: 'Trễ hạn do chậm thao tác trên hệ thống (kết quả ký đúng hạn)',
};

const stamp = (d: Date | null) => (d ? viDateTime(d) : '');

export function dossierTable(rows: readonly LateDossierRow[]): LateTable {
  return {
    columns: [
      { title: 'STT', width: 4, align: 'center' },
      { title: 'Cơ quan, đơn vị', width: 13 },
      { title: 'Mã hồ sơ', width: 13 },
      { title: 'Tên thủ tục hành chính', width: 20 },
      { title: 'Ngày tiếp nhận', width: 9, align: 'center' },
      { title: 'Hạn giải quyết', width: 9, align: 'center' },
      { title: 'Ngày ký kết quả', width: 9, align: 'center' },
      { title: 'Ngày hoàn thành trên hệ thống', width: 9, align: 'center' },
      { title: 'Ghi chú', width: 14 },
    ],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.unitName === r.agencyName ? r.unitName : `${r.unitName}\n(${r.agencyName})`,
      r.code,
      r.procedureCode ? `${r.procedureName} (${r.procedureCode})` : r.procedureName,
      stamp(r.receivedAt),
      stamp(r.dueAt),
      stamp(r.resultSignedAt),
      stamp(r.finishedAt),
      latenessLabels[r.lateness],
    ]),
  };
}

export interface OfficialColumns {
  /** Sign-in names are internal: the published list shows names only. */
  readonly usernames: boolean;
}

type OfficialCells = Pick<LateOfficialRow, 'name' | 'agencyName' | 'dossierCodes' | 'dossierCount'> & { readonly username?: string };

export function officialTable(rows: readonly OfficialCells[], opts: OfficialColumns): LateTable {
  return {
    columns: [
      { title: 'STT', width: 5, align: 'center' },
      { title: 'Họ và tên', width: 18 },
      ...(opts.usernames ? [{ title: 'Tài khoản', width: 12 }] : []),
      { title: 'Cơ quan, đơn vị', width: 22 },
      { title: 'Số hồ sơ trễ hạn', width: 9, align: 'center' as const },
      { title: 'Mã hồ sơ trễ hạn', width: 34 },
    ],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.name,
      ...(opts.usernames ? [r.username ?? ''] : []),
      r.agencyName,
      String(r.dossierCount),
      r.dossierCodes.join(', '),
    ]),
  };
}
