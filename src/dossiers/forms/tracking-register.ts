import { dossierStatusLabels, returnMethodLabels, type DossierStatus, type ReturnMethod } from '../vocabulary';
import { headerOf } from './dossier-facts';
import { run, type FormDocument } from './form-document';
import type { Issuer } from './form-context';
import { viDate, viDay, viTime } from './form-format';

/** One received dossier as the register reads it from the database. */
export interface RegisterSource {
  readonly code: string;
  readonly procedureName: string;
  readonly applicantName: string;
  readonly applicantAddress: string | null;
  readonly applicantPhone: string | null;
  readonly leadAgencyName: string;
  readonly receivedAt: Date;
  readonly appointmentAt: Date | null;
  readonly apologyDueAt: Date | null;
  readonly returnedAt: Date | null;
  readonly returnMethod: ReturnMethod | null;
  readonly status: DossierStatus;
}

export interface RegisterRow {
  readonly code: string;
  readonly procedure: string;
  readonly applicant: string;
  readonly contact: string;
  readonly lead: string;
  readonly received: string;
  readonly appointment: string;
  readonly returned: string;
  readonly method: string;
  readonly note: string;
}

export interface RegisterData {
  readonly agencyName: string;
  /** `YYYY-MM-DD`, both included. */
  readonly from: string;
  readonly to: string;
  readonly rows: readonly RegisterRow[];
}

const stamp = (d: Date) => `${viTime(d)}\n${viDate(d)}`;

export function registerRow(s: RegisterSource): RegisterRow {
  const notes: string[] = [];
  if (s.apologyDueAt) notes.push(`Hẹn lại: ${stamp(s.apologyDueAt).replace('\n', ' ')}`);
  if (s.status !== 'returned') notes.push(dossierStatusLabels[s.status]);
  return {
    code: s.code,
    procedure: s.procedureName,
    applicant: s.applicantName,
    contact: [s.applicantAddress, s.applicantPhone].filter((x): x is string => !!x?.trim()).join('\n'),
    lead: s.leadAgencyName,
    received: stamp(s.receivedAt),
    appointment: s.appointmentAt ? stamp(s.appointmentAt) : '',
    returned: s.returnedAt ? stamp(s.returnedAt) : '',
    method: s.returnMethod ? returnMethodLabels[s.returnMethod] : '',
    note: notes.join('\n'),
  };
}

/** Form 07, tracking register of the dossiers received in a period, landscape. */
export function registerDocument(data: RegisterData, issuer: Issuer): FormDocument {
  return {
    formLabel: 'Mẫu số 07',
    title: `Sổ theo dõi hồ sơ — ${data.agencyName} — ${viDay(data.from)} đến ${viDay(data.to)}`,
    orientation: 'landscape',
    header: headerOf(issuer, null, null),
    blocks: [
      {
        kind: 'title',
        text: 'SỔ THEO DÕI HỒ SƠ',
        lines: [[run(`Từ ngày ${viDay(data.from)} đến ngày ${viDay(data.to)}`, { italic: true })], [run(`Số hồ sơ: ${data.rows.length}`)]],
      },
      {
        kind: 'table',
        columns: [
          { title: 'STT', width: 4, align: 'center' },
          { title: 'Mã hồ sơ', width: 11 },
          { title: 'Tên thủ tục hành chính', width: 14 },
          { title: 'Tên cá nhân, tổ chức', width: 10 },
          { title: 'Địa chỉ, số điện thoại', width: 11 },
          { title: 'Cơ quan chủ trì giải quyết', width: 10 },
          { title: 'Nhận hồ sơ', width: 7, align: 'center' },
          { title: 'Hẹn trả kết quả', width: 7, align: 'center' },
          { title: 'Trả kết quả', width: 7, align: 'center' },
          { title: 'Hình thức nhận kết quả', width: 7 },
          { title: 'Ký nhận', width: 6 },
          { title: 'Ghi chú', width: 6 },
        ],
        rows: data.rows.map((r, i) => [
          String(i + 1),
          r.code,
          r.procedure,
          r.applicant,
          r.contact,
          r.lead,
          r.received,
          r.appointment,
          r.returned,
          r.method,
          '',
          r.note,
        ]),
        empty: 'Không có hồ sơ tiếp nhận trong kỳ',
      },
    ],
  };
}
