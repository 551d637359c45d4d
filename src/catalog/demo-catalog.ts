import { inArray } from 'drizzle-orm';
import type { Db } from '../db/types';
import { systemActor } from '../accounts/actor';
import { agencies } from '../agencies/schema';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION } from './catalog-file';
import { procedureFields, procedures as procedureTable } from './schema';
import { importCatalog } from './import-catalog';
import type { StepRole } from './vocabulary';

/**
 * The demo province's catalog (Lạng Sơn after July 2025): realistic procedures, fees, components
 * and workflows over the demo agencies (codes from src/agencies/demo-province.ts). Illustrative
 * data, not an official publication.
 */

const CENTRE = 'LS-TTPVHCC';
const COMMUNE = 'Ủy ban nhân dân cấp xã';

interface DemoStep {
  stage: number;
  name: string;
  role: StepRole;
  agencyCode: string | null;
  allotted: number;
}

const step = (stage: number, name: string, role: StepRole, agencyCode: string | null, allotted: number): DemoStep => ({
  stage,
  name,
  role,
  agencyCode,
  allotted,
});

/** One-stop receipt, appraisal by the unit, the leader's approval, return: the usual four steps. */
function standardSteps(desk: string | null, unit: string | null, leader: string | null, t: [number, number, number, number]): DemoStep[] {
  return [
    step(1, 'Tiếp nhận, kiểm tra hồ sơ', 'receiving_officer', desk, t[0]),
    step(2, 'Thẩm định hồ sơ, dự thảo kết quả', 'specialist', unit, t[1]),
    step(3, 'Phê duyệt, ký kết quả', 'leader', leader, t[2]),
    step(4, 'Trả kết quả', 'receiving_officer', desk, t[3]),
  ];
}

const component = (name: string, originals = 1, copies = 0, templateName: string | null = null, required = true, note: string | null = null) => ({
  name,
  required,
  originals,
  copies,
  templateName,
  templateUrl: null,
  note,
});

const fee = (name: string, amount: number, note: string | null = null) => ({ name, amount, note });

const fields = [
  { code: 'HOTICH', name: 'Hộ tịch' },
  { code: 'CHUNGTHUC', name: 'Chứng thực' },
  { code: 'LYLICHTP', name: 'Lý lịch tư pháp' },
  { code: 'DATDAI', name: 'Đất đai' },
  { code: 'XAYDUNG', name: 'Xây dựng' },
  { code: 'DKKD', name: 'Đăng ký kinh doanh' },
  { code: 'YTE', name: 'Y tế' },
  { code: 'GIAODUC', name: 'Giáo dục và Đào tạo' },
  { code: 'CONGTHUONG', name: 'Công Thương' },
];

const communeDecision = { decisionNumber: '1125/QĐ-UBND', decisionDate: '2025-07-01', effectiveDate: '2025-07-01' };
const justiceDecision = { decisionNumber: '1187/QĐ-UBND', decisionDate: '2025-07-08', effectiveDate: '2025-07-08' };
const constructionDecision = { decisionNumber: '1240/QĐ-UBND', decisionDate: '2025-07-15', effectiveDate: '2025-07-15' };
const landDecision = { decisionNumber: '1302/QĐ-UBND', decisionDate: '2025-07-25', effectiveDate: '2025-08-01' };
const economyDecision = { decisionNumber: '1450/QĐ-UBND', decisionDate: '2025-08-20', effectiveDate: '2025-08-20' };

const procedures = [
  {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    fieldCode: 'HOTICH',
    levels: ['commune'],
    implementingAgencyCode: null,
    implementingAgency: COMMUNE,
    legalDuration: 8,
    publishedDuration: 4,
    timeUnit: 'working_hours',
    fees: [fee('Lệ phí đăng ký khai sinh', 0, 'Miễn lệ phí đăng ký khai sinh đúng hạn')],
    components: [
      component('Tờ khai đăng ký khai sinh', 1, 0, 'Mẫu Tờ khai đăng ký khai sinh'),
      component('Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', 1, 0),
    ],
    onlineLevel: 'full',
    ...communeDecision,
    resultDescription: 'Giấy khai sinh (bản chính) và bản sao Giấy khai sinh theo yêu cầu',
    workflows: [{ agencyCode: null, steps: standardSteps(null, null, null, [0.5, 2, 1, 0.5]) }],
  },
  {
    code: '1.000894',
    name: 'Thủ tục đăng ký kết hôn',
    fieldCode: 'HOTICH',
    levels: ['commune'],
    implementingAgencyCode: null,
    implementingAgency: COMMUNE,
    legalDuration: 5,
    publishedDuration: 3,
    timeUnit: 'working_days',
    fees: [fee('Lệ phí đăng ký kết hôn', 0, 'Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú trong nước')],
    components: [
      component('Tờ khai đăng ký kết hôn', 1, 0, 'Mẫu Tờ khai đăng ký kết hôn'),
      component('Giấy xác nhận tình trạng hôn nhân', 1, 0, null, false, 'Khi đăng ký tại nơi không phải nơi thường trú'),
    ],
    onlineLevel: 'partial',
    ...communeDecision,
    resultDescription: 'Giấy chứng nhận kết hôn',
    workflows: [{ agencyCode: null, steps: standardSteps(null, null, null, [0.5, 1.5, 0.5, 0.5]) }],
  },
  {
    code: '1.000656',
    name: 'Thủ tục đăng ký khai tử',
    fieldCode: 'HOTICH',
    levels: ['commune'],
    implementingAgencyCode: null,
    implementingAgency: COMMUNE,
    legalDuration: 3,
    publishedDuration: 2,
    timeUnit: 'working_days',
    fees: [fee('Lệ phí đăng ký khai tử', 0, 'Miễn lệ phí đăng ký khai tử đúng hạn')],
    components: [
      component('Tờ khai đăng ký khai tử', 1, 0, 'Mẫu Tờ khai đăng ký khai tử'),
      component('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', 1, 0),
    ],
    onlineLevel: 'full',
    ...communeDecision,
    resultDescription: 'Trích lục khai tử',
    workflows: [{ agencyCode: null, steps: standardSteps(null, null, null, [0.5, 1, 0.25, 0.25]) }],
  },
  {
    code: '2.000815',
    name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp',
    fieldCode: 'CHUNGTHUC',
    levels: ['commune'],
    implementingAgencyCode: null,
    implementingAgency: COMMUNE,
    legalDuration: 8,
    publishedDuration: 8,
    timeUnit: 'working_hours',
    fees: [fee('Phí chứng thực bản sao từ bản chính', 2000, 'Đồng/trang; từ trang thứ ba thu 1.000 đồng/trang, tối đa 200.000 đồng/bản')],
    components: [component('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 1, 0), component('Bản sao cần chứng thực', 0, 1)],
    onlineLevel: 'partial',
    ...communeDecision,
    resultDescription: 'Bản sao được chứng thực từ bản chính',
    workflows: [{ agencyCode: null, steps: standardSteps(null, null, null, [1, 4, 2, 1]) }],
  },
  {
    code: '1.012792',
    name: 'Thủ tục hòa giải tranh chấp đất đai',
    fieldCode: 'DATDAI',
    levels: ['commune'],
    implementingAgencyCode: null,
    implementingAgency: COMMUNE,
    legalDuration: 30,
    publishedDuration: 25,
    timeUnit: 'calendar_days',
    fees: [],
    components: [component('Đơn yêu cầu hòa giải tranh chấp đất đai', 1, 0, 'Mẫu đơn yêu cầu hòa giải')],
    onlineLevel: 'partial',
    ...landDecision,
    resultDescription: 'Biên bản hòa giải thành hoặc hòa giải không thành',
    workflows: [
      {
        agencyCode: null,
        steps: [
          step(1, 'Tiếp nhận đơn', 'receiving_officer', null, 1),
          step(2, 'Thẩm tra, xác minh nguyên nhân tranh chấp', 'specialist', null, 10),
          step(3, 'Tổ chức cuộc họp hòa giải', 'specialist', null, 12),
          step(4, 'Ký biên bản hòa giải', 'leader', null, 1),
          step(5, 'Trả kết quả', 'receiving_officer', null, 1),
        ],
      },
    ],
  },
  {
    code: '1.010008',
    name: 'Thủ tục cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    fieldCode: 'XAYDUNG',
    levels: ['commune'],
    implementingAgencyCode: null,
    implementingAgency: COMMUNE,
    legalDuration: 15,
    publishedDuration: 10,
    timeUnit: 'working_days',
    fees: [fee('Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', 50000)],
    components: [
      component('Đơn đề nghị cấp giấy phép xây dựng', 1, 0, 'Mẫu số 01 Phụ lục II Nghị định 175/2024/NĐ-CP'),
      component('Giấy tờ chứng minh quyền sử dụng đất', 0, 1),
      component('Hai bộ bản vẽ thiết kế xây dựng', 2, 0),
    ],
    onlineLevel: 'partial',
    ...constructionDecision,
    resultDescription: 'Giấy phép xây dựng',
    workflows: [{ agencyCode: null, steps: standardSteps(null, null, null, [0.5, 6, 3, 0.5]) }],
  },
  {
    code: '1.009972',
    name: 'Thủ tục cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến)',
    fieldCode: 'XAYDUNG',
    levels: ['province'],
    implementingAgencyCode: 'LS-SXD',
    implementingAgency: 'Sở Xây dựng',
    legalDuration: 20,
    publishedDuration: 14,
    timeUnit: 'working_days',
    fees: [fee('Lệ phí cấp giấy phép xây dựng công trình', 100000)],
    components: [
      component('Đơn đề nghị cấp giấy phép xây dựng', 1, 0, 'Mẫu số 01 Phụ lục II Nghị định 175/2024/NĐ-CP'),
      component('Giấy tờ chứng minh quyền sử dụng đất', 0, 1),
      component('Quyết định phê duyệt dự án và văn bản thẩm định thiết kế', 0, 1),
      component('Hai bộ bản vẽ thiết kế xây dựng', 2, 0),
    ],
    onlineLevel: 'partial',
    ...constructionDecision,
    resultDescription: 'Giấy phép xây dựng',
    workflows: [
      {
        agencyCode: CENTRE,
        steps: [
          step(1, 'Tiếp nhận, kiểm tra hồ sơ', 'receiving_officer', CENTRE, 0.5),
          step(2, 'Thẩm định hồ sơ', 'specialist', 'LS-SXD-QLXD', 6),
          // Inter-agency opinions run in parallel: the stage lasts as long as the slower one.
          step(3, 'Lấy ý kiến về đất đai, môi trường', 'specialist', 'LS-SNNMT-DD', 4),
          step(3, 'Lấy ý kiến về an toàn công trình công nghiệp', 'specialist', 'LS-SCT', 3),
          step(4, 'Tổng hợp ý kiến, dự thảo giấy phép', 'specialist', 'LS-SXD-QLXD', 1),
          step(5, 'Phê duyệt, ký giấy phép', 'leader', 'LS-SXD', 2),
          step(6, 'Trả kết quả', 'receiving_officer', CENTRE, 0.5),
        ],
      },
    ],
  },
  {
    code: '1.012755',
    name: 'Thủ tục đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho tổ chức',
    fieldCode: 'DATDAI',
    levels: ['province'],
    implementingAgencyCode: 'LS-SNNMT',
    implementingAgency: 'Sở Nông nghiệp và Môi trường',
    legalDuration: 20,
    publishedDuration: 15,
    timeUnit: 'working_days',
    fees: [
      fee('Lệ phí cấp Giấy chứng nhận', 100000),
      fee('Phí thẩm định hồ sơ cấp Giấy chứng nhận', 1000000, 'Tùy diện tích và mục đích sử dụng đất'),
    ],
    components: [
      component('Đơn đăng ký, cấp Giấy chứng nhận', 1, 0, 'Mẫu số 04/ĐK'),
      component('Giấy tờ về quyền sử dụng đất', 0, 1),
      component('Sơ đồ, bản trích đo địa chính thửa đất', 1, 0),
    ],
    onlineLevel: 'partial',
    ...landDecision,
    resultDescription: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    workflows: [
      {
        agencyCode: CENTRE,
        steps: [
          step(1, 'Tiếp nhận, kiểm tra hồ sơ', 'receiving_officer', CENTRE, 0.5),
          step(2, 'Kiểm tra hồ sơ, xác minh thực địa', 'specialist', 'LS-SNNMT-DD', 10),
          step(3, 'Lấy ý kiến về quy hoạch xây dựng', 'specialist', 'LS-SXD-QLXD', 2),
          step(3, 'Xác định nghĩa vụ tài chính về đất đai', 'specialist', 'LS-STC', 2),
          step(4, 'Phê duyệt, ký Giấy chứng nhận', 'leader', 'LS-SNNMT', 2),
          step(5, 'Trả kết quả', 'receiving_officer', CENTRE, 0.5),
        ],
      },
    ],
  },
  {
    code: '2.001417',
    name: 'Thủ tục cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    fieldCode: 'LYLICHTP',
    levels: ['province'],
    implementingAgencyCode: 'LS-STP',
    implementingAgency: 'Sở Tư pháp',
    legalDuration: 10,
    publishedDuration: 8,
    timeUnit: 'working_days',
    fees: [fee('Phí cung cấp thông tin lý lịch tư pháp', 200000, 'Sinh viên, người có công với cách mạng: 100.000 đồng/lần')],
    components: [component('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 1, 0, 'Mẫu số 03/2013/TT-LLTP')],
    onlineLevel: 'full',
    ...justiceDecision,
    resultDescription: 'Phiếu lý lịch tư pháp',
    workflows: [{ agencyCode: CENTRE, steps: standardSteps(CENTRE, 'LS-STP-HCTP', 'LS-STP', [0.5, 5.5, 1.5, 0.5]) }],
  },
  {
    code: '1.001612',
    name: 'Thủ tục đăng ký thành lập doanh nghiệp tư nhân',
    fieldCode: 'DKKD',
    levels: ['province'],
    implementingAgencyCode: 'LS-STC',
    implementingAgency: 'Sở Tài chính',
    legalDuration: 3,
    publishedDuration: 2,
    timeUnit: 'working_days',
    fees: [fee('Lệ phí đăng ký doanh nghiệp', 50000, 'Miễn lệ phí khi đăng ký qua mạng điện tử')],
    components: [component('Giấy đề nghị đăng ký doanh nghiệp tư nhân', 1, 0, 'Phụ lục I-1 Thông tư 68/2025/TT-BTC')],
    onlineLevel: 'full',
    ...economyDecision,
    resultDescription: 'Giấy chứng nhận đăng ký doanh nghiệp',
    workflows: [{ agencyCode: CENTRE, steps: standardSteps(CENTRE, 'LS-STC-DKKD', 'LS-STC', [0.25, 1.25, 0.25, 0.25]) }],
  },
  {
    code: '2.001610',
    name: 'Thủ tục đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    fieldCode: 'DKKD',
    levels: ['province'],
    implementingAgencyCode: 'LS-STC',
    implementingAgency: 'Sở Tài chính',
    legalDuration: 3,
    publishedDuration: 2,
    timeUnit: 'working_days',
    fees: [fee('Lệ phí đăng ký doanh nghiệp', 50000, 'Miễn lệ phí khi đăng ký qua mạng điện tử')],
    components: [
      component('Giấy đề nghị đăng ký doanh nghiệp', 1, 0, 'Phụ lục I-2 Thông tư 68/2025/TT-BTC'),
      component('Điều lệ công ty', 1, 0),
      component('Bản sao giấy tờ pháp lý của chủ sở hữu', 0, 1),
    ],
    onlineLevel: 'full',
    ...economyDecision,
    resultDescription: 'Giấy chứng nhận đăng ký doanh nghiệp',
    workflows: [{ agencyCode: CENTRE, steps: standardSteps(CENTRE, 'LS-STC-DKKD', 'LS-STC', [0.25, 1.25, 0.25, 0.25]) }],
  },
  {
    code: '2.000355',
    name: 'Thủ tục cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    fieldCode: 'YTE',
    levels: ['province'],
    implementingAgencyCode: 'LS-SYT',
    implementingAgency: 'Sở Y tế',
    legalDuration: 20,
    publishedDuration: 15,
    timeUnit: 'working_days',
    fees: [fee('Phí thẩm định cơ sở đủ điều kiện an toàn thực phẩm', 700000, 'Cơ sở sản xuất nhỏ lẻ')],
    components: [
      component('Đơn đề nghị cấp Giấy chứng nhận', 1, 0, 'Mẫu số 01 Phụ lục I'),
      component('Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ', 1, 0),
      component('Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất', 0, 1),
    ],
    onlineLevel: 'partial',
    ...economyDecision,
    resultDescription: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    workflows: [
      {
        agencyCode: CENTRE,
        steps: [
          step(1, 'Tiếp nhận, kiểm tra hồ sơ', 'receiving_officer', CENTRE, 0.5),
          step(2, 'Thẩm định hồ sơ', 'specialist', 'LS-SYT', 8),
          step(3, 'Thẩm định thực tế tại cơ sở', 'specialist', 'LS-SYT', 4),
          step(4, 'Phê duyệt, ký Giấy chứng nhận', 'leader', 'LS-SYT', 2),
          step(5, 'Trả kết quả', 'receiving_officer', CENTRE, 0.5),
        ],
      },
    ],
  },
  {
    code: '1.005092',
    name: 'Thủ tục chuyển trường đối với học sinh trung học phổ thông',
    fieldCode: 'GIAODUC',
    levels: ['province'],
    implementingAgencyCode: 'LS-SGDDT',
    implementingAgency: 'Sở Giáo dục và Đào tạo',
    legalDuration: 3,
    publishedDuration: 2,
    timeUnit: 'working_days',
    fees: [],
    components: [
      component('Đơn xin chuyển trường của cha mẹ hoặc người giám hộ', 1, 0, 'Mẫu đơn xin chuyển trường'),
      component('Học bạ', 1, 0),
    ],
    onlineLevel: 'full',
    ...economyDecision,
    resultDescription: 'Văn bản đồng ý chuyển trường',
    workflows: [{ agencyCode: CENTRE, steps: standardSteps(CENTRE, 'LS-SGDDT', 'LS-SGDDT', [0.25, 1, 0.5, 0.25]) }],
  },
  {
    code: '1.004515',
    name: 'Thủ tục cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục',
    fieldCode: 'GIAODUC',
    levels: ['commune'],
    implementingAgencyCode: null,
    implementingAgency: COMMUNE,
    legalDuration: 20,
    publishedDuration: 15,
    timeUnit: 'working_days',
    fees: [],
    components: [
      component('Tờ trình đề nghị cho phép hoạt động giáo dục', 1, 0),
      component('Quyết định thành lập nhóm trẻ, lớp mẫu giáo độc lập', 0, 1),
      component('Danh sách giáo viên kèm văn bằng, chứng chỉ', 0, 1),
    ],
    onlineLevel: 'partial',
    ...communeDecision,
    resultDescription: 'Quyết định cho phép hoạt động giáo dục',
    workflows: [{ agencyCode: null, steps: standardSteps(null, null, null, [0.5, 10, 4, 0.5]) }],
  },
  {
    code: '2.000633',
    name: 'Thủ tục cấp Giấy phép bán lẻ sản phẩm rượu',
    fieldCode: 'CONGTHUONG',
    levels: ['commune'],
    implementingAgencyCode: null,
    implementingAgency: COMMUNE,
    legalDuration: 10,
    publishedDuration: 7,
    timeUnit: 'working_days',
    fees: [fee('Phí thẩm định cấp Giấy phép bán lẻ rượu', 400000, 'Tại phường; tại xã: 200.000 đồng')],
    components: [
      component('Đơn đề nghị cấp Giấy phép bán lẻ rượu', 1, 0, 'Mẫu số 01 Nghị định 105/2017/NĐ-CP'),
      component('Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', 0, 1),
    ],
    onlineLevel: 'full',
    ...economyDecision,
    resultDescription: 'Giấy phép bán lẻ sản phẩm rượu',
    workflows: [{ agencyCode: null, steps: standardSteps(null, null, null, [0.5, 4.5, 1.5, 0.5]) }],
  },
  {
    code: '2.000647',
    name: 'Thủ tục cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
    fieldCode: 'CONGTHUONG',
    levels: ['province'],
    implementingAgencyCode: 'LS-SCT',
    implementingAgency: 'Sở Công Thương',
    legalDuration: 15,
    publishedDuration: 12,
    timeUnit: 'working_days',
    fees: [fee('Phí thẩm định điều kiện kinh doanh xăng dầu', 1200000, 'Tại thành phố, thị xã; khu vực khác: 600.000 đồng')],
    components: [
      component('Đơn đề nghị cấp Giấy chứng nhận', 1, 0, 'Mẫu số 05 Nghị định 83/2014/NĐ-CP'),
      component('Tài liệu chứng minh đủ điều kiện về phòng cháy, chữa cháy', 0, 1),
    ],
    onlineLevel: 'partial',
    ...economyDecision,
    resultDescription: 'Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
    workflows: [
      {
        agencyCode: CENTRE,
        steps: [
          step(1, 'Tiếp nhận, kiểm tra hồ sơ', 'receiving_officer', CENTRE, 0.5),
          step(2, 'Thẩm định hồ sơ', 'specialist', 'LS-SCT', 7),
          step(3, 'Kiểm tra thực tế cửa hàng', 'specialist', 'LS-SCT', 2),
          step(4, 'Phê duyệt, ký Giấy chứng nhận', 'leader', 'LS-SCT', 2),
          step(5, 'Trả kết quả', 'receiving_officer', CENTRE, 0.5),
        ],
      },
    ],
  },
];

/** The demo catalog in the exchange format, before checking which demo agencies exist. */
export function demoCatalog() {
  return { format: CATALOG_FORMAT, formatVersion: CATALOG_FORMAT_VERSION, fields, procedures };
}

/**
 * Loads the demo catalog; idempotent. Only procedures and fields not in the database yet are added,
 * so a restart never undoes what an administrator changed in the demo. Run after the demo agencies
 * exist: a workflow naming a missing agency is left out, a missing implementing agency is kept as
 * text only.
 */
export async function seedDemoCatalog(db: Db): Promise<void> {
  const existing = new Set((await db.select({ code: procedureTable.code }).from(procedureTable)).map((p) => p.code));
  const existingFields = new Set((await db.select({ code: procedureFields.code }).from(procedureFields)).map((f) => f.code));
  const missing = procedures.filter((p) => !existing.has(p.code));
  if (missing.length === 0) return;
  const wanted = new Set<string>();
  for (const p of missing) {
    if (p.implementingAgencyCode) wanted.add(p.implementingAgencyCode);
    for (const w of p.workflows) {
      if (w.agencyCode) wanted.add(w.agencyCode);
      for (const s of w.steps) if (s.agencyCode) wanted.add(s.agencyCode);
    }
  }
  const found = wanted.size === 0 ? [] : await db.select({ code: agencies.code }).from(agencies).where(inArray(agencies.code, [...wanted]));
  const known = new Set(found.map((a) => a.code));
  const has = (code: string | null) => code === null || known.has(code);
  const catalog = {
    ...demoCatalog(),
    fields: fields.filter((f) => !existingFields.has(f.code)),
    procedures: missing.map((p) => ({
      ...p,
      implementingAgencyCode: has(p.implementingAgencyCode) ? p.implementingAgencyCode : null,
      workflows: p.workflows.filter((w) => has(w.agencyCode) && w.steps.every((s) => has(s.agencyCode))),
    })),
  };
  await importCatalog(db, systemActor, { format: 'json', catalog });
}
