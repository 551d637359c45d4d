import type { ActionKey } from './actions';
import type { FormNumber } from './types';

export interface ActionMeta {
  /** Button text. */
  readonly label: string;
  /** Dialog title. */
  readonly title: string;
  readonly okText: string;
  readonly danger?: boolean;
  /** Label of the required reason field, when the action needs one. */
  readonly reason?: string;
  /** What happens, said before the official confirms. */
  readonly explain: string;
  readonly success: string;
  /** The form to print once done. */
  readonly form?: FormNumber;
}

export const actionMeta: Record<ActionKey, ActionMeta> = {
  intake_accept: {
    label: 'Tiếp nhận',
    title: 'Tiếp nhận hồ sơ',
    okText: 'Tiếp nhận',
    explain: 'Hồ sơ đủ thành phần: tiếp nhận, bắt đầu tính thời hạn giải quyết và cấp giấy tiếp nhận, hẹn trả kết quả (mẫu 01).',
    success: 'Đã tiếp nhận hồ sơ.',
    form: '01',
  },
  intake_supplement: {
    label: 'Yêu cầu bổ sung',
    title: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
    okText: 'Gửi yêu cầu bổ sung',
    reason: 'Các thành phần, nội dung cần bổ sung',
    explain: 'Nêu đầy đủ một lần tất cả nội dung cần bổ sung; hồ sơ chưa được tiếp nhận (phiếu mẫu 02).',
    success: 'Đã gửi yêu cầu bổ sung hồ sơ.',
    form: '02',
  },
  intake_refuse: {
    label: 'Từ chối',
    title: 'Từ chối tiếp nhận hồ sơ',
    okText: 'Từ chối tiếp nhận',
    danger: true,
    reason: 'Lý do từ chối',
    explain: 'Hồ sơ không được tiếp nhận; người nộp nhận phiếu từ chối có nêu rõ lý do (mẫu 03).',
    success: 'Đã từ chối tiếp nhận hồ sơ.',
    form: '03',
  },
  complete: {
    label: 'Chuyển bước tiếp theo',
    title: 'Hoàn thành bước xử lý và chuyển tiếp',
    okText: 'Chuyển',
    explain: 'Bước hiện tại được ghi nhận hoàn thành; bước tiếp theo bắt đầu với thời hạn riêng.',
    success: 'Đã chuyển hồ sơ sang bước tiếp theo.',
  },
  return: {
    label: 'Trả lại bước trước',
    title: 'Trả lại bước trước',
    okText: 'Trả lại',
    danger: true,
    reason: 'Lý do trả lại',
    explain: 'Bước trước được mở lại cho người đã xử lý, với thời hạn mới.',
    success: 'Đã trả hồ sơ về bước trước.',
  },
  assign: {
    label: 'Phân công',
    title: 'Phân công cán bộ xử lý',
    okText: 'Phân công',
    explain: 'Cán bộ được chọn trở thành người xử lý bước hiện tại.',
    success: 'Đã phân công cán bộ xử lý.',
  },
  supplement_request: {
    label: 'Yêu cầu bổ sung',
    title: 'Yêu cầu bổ sung hồ sơ',
    okText: 'Gửi yêu cầu bổ sung',
    reason: 'Nội dung cần bổ sung (nêu đầy đủ một lần)',
    explain: 'Thời hạn giải quyết tạm dừng đến khi nhận đủ hồ sơ bổ sung, sau đó được tính lại từ đầu (phiếu mẫu 02).',
    success: 'Đã yêu cầu bổ sung; hồ sơ chuyển sang "Chờ bổ sung".',
    form: '02',
  },
  supplement_receive: {
    label: 'Nhận hồ sơ bổ sung',
    title: 'Nhận hồ sơ bổ sung',
    okText: 'Nhận bổ sung',
    explain: 'Người nộp đã bổ sung đầy đủ: thời hạn giải quyết được tính lại từ đầu kể từ bây giờ.',
    success: 'Đã nhận hồ sơ bổ sung; thời hạn mới đã được tính.',
  },
  apology: {
    label: 'Xin lỗi, hẹn lại',
    title: 'Văn bản xin lỗi và hẹn lại ngày trả kết quả',
    okText: 'Gửi văn bản xin lỗi',
    reason: 'Lý do chậm trả kết quả',
    explain: 'Chỉ được hẹn lại một lần. Thống kê vẫn đánh giá hồ sơ theo hạn giải quyết ban đầu (mẫu 04).',
    success: 'Đã gửi văn bản xin lỗi và hẹn lại.',
    form: '04',
  },
  approve: {
    label: 'Phê duyệt kết quả',
    title: 'Phê duyệt, ghi nhận kết quả giải quyết',
    okText: 'Phê duyệt',
    explain: 'Hồ sơ được giải quyết (chấp thuận) và chuyển Bộ phận Một cửa trả kết quả.',
    success: 'Đã ghi nhận kết quả giải quyết.',
  },
  reject: {
    label: 'Không đủ điều kiện',
    title: 'Từ chối giải quyết (không đủ điều kiện)',
    okText: 'Từ chối giải quyết',
    danger: true,
    reason: 'Lý do không đủ điều kiện',
    explain: 'Văn bản trả lời nêu rõ lý do được lưu làm kết quả; hồ sơ được tính là đã giải quyết.',
    success: 'Đã ghi nhận kết quả: không đủ điều kiện.',
  },
  hand_over: {
    label: 'Trả kết quả',
    title: 'Trả kết quả cho người nộp',
    okText: 'Xác nhận đã trả',
    explain: 'Ghi nhận thời điểm và hình thức trả kết quả; hồ sơ kết thúc.',
    success: 'Đã trả kết quả cho người nộp.',
  },
  withdraw: {
    label: 'Dừng xử lý',
    title: 'Dừng xử lý theo đề nghị của người nộp',
    okText: 'Dừng xử lý',
    danger: true,
    reason: 'Lý do (theo đề nghị của người nộp)',
    explain: 'Hồ sơ dừng giải quyết và không thể tiếp tục; thông báo dừng giải quyết theo mẫu 05.',
    success: 'Đã dừng xử lý hồ sơ.',
    form: '05',
  },
};
