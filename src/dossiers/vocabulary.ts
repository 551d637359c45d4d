/** The closed vocabularies of dossiers, with the Vietnamese labels shown to users. */

export const channels = ['direct', 'online', 'postal'] as const;
export type Channel = (typeof channels)[number];
export const channelLabels: Record<Channel, string> = {
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Bưu chính công ích',
};

export const dossierStatuses = [
  'submitted', // online or postal, waiting for the one-stop desk to check it
  'intake_incomplete', // supplementation requested at intake (form 02); not received yet
  'intake_refused', // refused at intake (form 03); never received
  'processing', // received; the clock runs
  'awaiting_supplement', // supplementation requested during processing; the clock is paused
  'result_ready', // result concluded (approved or refused as not eligible), waiting for hand-over
  'returned', // result handed over to the applicant
  'withdrawn', // stopped at the applicant's request (form 05)
  'closed_no_supplement', // closed because the supplement never came
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];
export const dossierStatusLabels: Record<DossierStatus, string> = {
  submitted: 'Chờ tiếp nhận',
  intake_incomplete: 'Yêu cầu bổ sung khi tiếp nhận',
  intake_refused: 'Từ chối tiếp nhận',
  processing: 'Đang xử lý',
  awaiting_supplement: 'Chờ bổ sung',
  result_ready: 'Có kết quả, chờ trả',
  returned: 'Đã trả kết quả',
  withdrawn: 'Đã dừng xử lý (rút hồ sơ)',
  closed_no_supplement: 'Đã đóng do không bổ sung',
};

export const outcomes = ['approved', 'rejected', 'withdrawn'] as const;
export type Outcome = (typeof outcomes)[number];
export const outcomeLabels: Record<Outcome, string> = {
  approved: 'Giải quyết (chấp thuận)',
  rejected: 'Từ chối (không đủ điều kiện)',
  withdrawn: 'Dừng xử lý',
};

export const stepStatuses = ['waiting', 'active', 'done', 'returned', 'cancelled'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const returnMethods = ['counter', 'post', 'online'] as const;
export type ReturnMethod = (typeof returnMethods)[number];
export const returnMethodLabels: Record<ReturnMethod, string> = {
  counter: 'Tại Bộ phận Một cửa',
  post: 'Qua bưu chính công ích',
  online: 'Trực tuyến',
};

export const applicantKinds = ['person', 'business'] as const;
export type ApplicantKind = (typeof applicantKinds)[number];
