import type { HistoryAgency, HistoryOfficial, HistoryProcedure, HistoryWorld } from '../src/imports/generate-history';
import { Prng } from '../src/imports/prng';
import { vietnameseName } from '../src/imports/vietnamese-names';

/**
 * A made-up province at the scale of a large real one, before and after the July 2025 reform:
 * 15 departments with two offices each, 10 districts of 12 communes (until 30/06/2025) merged pairwise
 * into 60 new communes, about 550 officials and 180 procedures. Returns the world the history
 * generator needs and the agency, procedure and official lines that declare it.
 */
export function benchProvince(seed = 7): { world: HistoryWorld; lines: string[] } {
  const rng = new Prng(seed);
  const lines: string[] = [];
  const agencies: HistoryAgency[] = [];
  const officials: HistoryOfficial[] = [];
  const agency = (a: HistoryAgency & { name: string; successor?: string }) => {
    agencies.push({ code: a.code, level: a.level, parent: a.parent ?? null, validFrom: a.validFrom ?? '2000-01-01', validTo: a.validTo ?? null });
    lines.push(
      JSON.stringify({
        type: 'agency',
        code: a.code,
        name: a.name,
        parent: a.parent ?? null,
        level: a.level,
        ...(a.validFrom ? { validFrom: a.validFrom } : {}),
        ...(a.validTo ? { validTo: a.validTo } : {}),
        ...(a.successor ? { successor: a.successor, successorFrom: '2025-07-01' } : {}),
      }),
    );
  };
  const staff = (code: string, n: number) => {
    for (let i = 1; i <= n; i++) {
      const username = `${code.toLowerCase()}.cb${i}`;
      officials.push({ username, agency: code });
      lines.push(JSON.stringify({ type: 'official', username, name: vietnameseName(rng), agency: code }));
    }
  };

  agency({ code: 'BT', name: 'Ủy ban nhân dân tỉnh Bắc Thịnh', level: 'province', parent: null });
  const departments = [
    'Sở Tư pháp', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'Sở Y tế', 'Sở Giáo dục và Đào tạo',
    'Sở Công Thương', 'Sở Nội vụ', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Dân tộc và Tôn giáo',
    'Sở Ngoại vụ', 'Ban Quản lý các khu công nghiệp', 'Thanh tra tỉnh', 'Sở Giao thông vận tải',
  ];
  const departmentCodes = departments.map((name, i) => {
    const code = `BT-S${String(i + 1).padStart(2, '0')}`;
    agency({ code, name, level: 'department', parent: 'BT' });
    staff(code, 3);
    for (const [j, office] of ['Phòng Hành chính', 'Phòng Chuyên môn'].entries()) {
      const unit = `${code}-P${j + 1}`;
      agency({ code: unit, name: office, level: 'unit', parent: code });
      staff(unit, 2);
    }
    return code;
  });
  const newCommunes: string[] = [];
  for (let n = 1; n <= 60; n++) {
    const code = `BT-X${String(n).padStart(3, '0')}`;
    agency({ code, name: `Ủy ban nhân dân xã Bắc Thịnh ${n}`, level: 'commune', parent: 'BT', validFrom: '2025-07-01' });
    staff(code, 3);
    newCommunes.push(code);
  }
  const districts: string[] = [];
  const oldCommunes: string[] = [];
  for (let d = 1; d <= 10; d++) {
    const code = `BT-H${String(d).padStart(2, '0')}`;
    agency({ code, name: `Ủy ban nhân dân huyện Bắc Thịnh ${d}`, level: 'district', parent: 'BT', validTo: '2025-06-30' });
    staff(code, 3);
    districts.push(code);
    for (let c = 1; c <= 12; c++) {
      const commune = `${code}-X${String(c).padStart(2, '0')}`;
      const successor = newCommunes[(d - 1) * 6 + Math.floor((c - 1) / 2)]!;
      agency({ code: commune, name: `Ủy ban nhân dân xã ${c} huyện Bắc Thịnh ${d}`, level: 'commune', parent: code, validTo: '2025-06-30', successor });
      staff(commune, 2);
      oldCommunes.push(commune);
    }
  }

  const fields = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Xây dựng', 'Đăng ký kinh doanh', 'Y tế', 'Giáo dục và Đào tạo', 'Công Thương', 'Lao động', 'Văn hóa', 'Tài nguyên nước', 'Giao thông'];
  const procedures: HistoryProcedure[] = [];
  const procedure = (code: string, leads: readonly string[], days: number) => {
    procedures.push({ code, days, agencies: leads });
    lines.push(JSON.stringify({ type: 'procedure', code, name: `Thủ tục hành chính mẫu số ${code}`, field: rng.pick(fields), days }));
  };
  for (let i = 1; i <= 70; i++) procedure(`9.1${String(i).padStart(5, '0')}`, [...oldCommunes, ...newCommunes], 1 + rng.int(15));
  for (let i = 1; i <= 20; i++) procedure(`9.2${String(i).padStart(5, '0')}`, districts, 5 + rng.int(16));
  for (let i = 1; i <= 90; i++) procedure(`9.3${String(i).padStart(5, '0')}`, [departmentCodes[(i - 1) % departmentCodes.length]!], 3 + rng.int(28));

  return { world: { agencies, procedures, officials }, lines };
}
