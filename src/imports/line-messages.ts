import { formatInstantVi } from '../calendar/format-vietnamese';
import { agencyLevelLabels, type AgencyLevel } from '../agencies/agency-levels';

/** A problem of one line of a history file, located for the person who has to fix it. */
export interface LineError {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly message: string;
}

const at = (ms: number) => formatInstantVi(new Date(ms));
const kinds = { agency: 'cơ quan', procedure: 'thủ tục', official: 'cán bộ', dossier: 'hồ sơ' } as const;
export type RecordKind = keyof typeof kinds;

/** The Vietnamese wording of every line problem, in one place. */
export const lineMessages = {
  // The engine's own message is English: keep only where the line breaks.
  invalidJson: (detail: string) => {
    if (/end of JSON input/i.test(detail)) return 'Dòng không phải JSON hợp lệ: dòng bị cắt cụt, thiếu phần cuối.';
    const at = /position (\d+)/.exec(detail);
    return at ? `Dòng không phải JSON hợp lệ: lỗi ở ký tự thứ ${Number(at[1]) + 1}.` : 'Dòng không phải JSON hợp lệ.';
  },
  notObject: () => 'Mỗi dòng phải là một đối tượng JSON {…}.',
  unknownType: (type: unknown) =>
    `Loại bản ghi ${type === undefined ? '(thiếu "type")' : JSON.stringify(type)} không hợp lệ: chỉ nhận agency, procedure, official, dossier.`,
  schema: (path: string, message: string) => `${path ? `${path}: ` : ''}${message}`,
  duplicate: (kind: RecordKind, code: string, firstLine: number) =>
    `Mã ${kinds[kind]} "${code}" trùng với dòng ${firstLine}.`,
  unknownRef: (kind: RecordKind, code: string, field: string) =>
    `${field}: không có ${kinds[kind]} "${code}" (phải khai báo ở một dòng phía trên hoặc đã có trong hệ thống).`,
  definedLater: (kind: RecordKind, code: string, field: string, line: number) =>
    `${field}: ${kinds[kind]} "${code}" được khai báo ở dòng ${line}, sau dòng này; hãy đặt dòng khai báo lên trước.`,
  parentLevel: (level: AgencyLevel, parentLevel: AgencyLevel | null) =>
    parentLevel === null
      ? `Cơ quan ${agencyLevelLabels[level]} không thể đứng ở gốc cây (chỉ cấp tỉnh không có cơ quan cấp trên).`
      : `Không thể đặt cơ quan ${agencyLevelLabels[level]} dưới cơ quan ${agencyLevelLabels[parentLevel]}.`,
  validityOrder: (from: string, to: string) => `validTo (${to}) trước validFrom (${from}).`,
  outsideParent: (parent: string, from: string, to: string | null) =>
    `Thời gian hoạt động nằm ngoài thời gian của cơ quan cấp trên ${parent} (${from} – ${to ?? 'nay'}).`,
  successorPair: () => 'successor và successorFrom phải đi cùng nhau.',
  successorSelf: () => 'Cơ quan không thể kế thừa chính nó.',
  successorDate: (from: string, validFrom: string) => `successorFrom (${from}) phải sau ngày bắt đầu hoạt động ${validFrom}.`,
  successorOverlap: (validTo: string, from: string) =>
    `validTo (${validTo}) phải trước ngày sáp nhập successorFrom (${from}).`,
  successorNotValid: (code: string, from: string) => `Cơ quan kế thừa "${code}" chưa hoặc không còn hoạt động vào ngày ${from}.`,
  successorConflict: (code: string, other: string) => `Cơ quan "${code}" đã được sáp nhập vào "${other}" trong hệ thống.`,
  agencyConflict: (code: string, what: string) => `Cơ quan "${code}" đã có trong hệ thống với ${what} khác; sửa trong hệ thống hoặc trong tệp cho khớp.`,
  outOfScope: (code: string) => `Cơ quan "${code}" nằm ngoài phạm vi bạn được quản trị.`,
  legalShorter: (legal: number, days: number) =>
    `Thời hạn theo quy định (${legal} ngày làm việc) không được ngắn hơn thời hạn công bố (${days} ngày làm việc).`,
  notValidOn: (code: string, from: string, to: string | null, received: number) =>
    `Cơ quan "${code}" (hoạt động ${from} – ${to ?? 'nay'}) không hoạt động vào ngày tiếp nhận ${at(received)}.`,
  before: (field: string, value: number, otherField: string, other: number) =>
    `${field} (${at(value)}) trước ${otherField} (${at(other)}).`,
  finishedWithoutOutcome: () => 'Hồ sơ đã kết thúc (finishedAt) phải có outcome (approved, rejected hoặc withdrawn).',
  outcomeWithoutFinish: () => 'Hồ sơ có outcome thì phải có finishedAt.',
  needsFinish: (field: string) => `${field} chỉ có khi hồ sơ đã kết thúc (finishedAt).`,
  step: (index: number, message: string) => `steps[${index}]: ${message}`,
  internal: (detail: string) => `Không ghi được: ${detail}`,
};
