import type { Prng } from './prng';

/** Common family names, with those of the northern mountain provinces (Tày, Nùng) well represented. */
const familyNames = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Phan',
  'Nông', 'Hà', 'Lương', 'Vi', 'Lộc', 'Triệu', 'Chu', 'Hoàng', 'Nguyễn', 'Nguyễn', 'Trần', 'Lê',
] as const;
const middleNames = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Hữu', 'Quang', 'Thanh', 'Văn', 'Thị', 'Hồng', 'Xuân', 'Kim'] as const;
const givenNames = [
  'An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Huyền', 'Khánh',
  'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Ngọc', 'Phúc', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo',
  'Thắng', 'Thu', 'Thủy', 'Trang', 'Trung', 'Tuấn', 'Vân', 'Việt', 'Yến', 'Đạt', 'Đông', 'Tuyết',
] as const;

/** A plausible Vietnamese full name. */
export function vietnameseName(rng: Prng): string {
  return `${rng.pick(familyNames)} ${rng.pick(middleNames)} ${rng.pick(givenNames)}`;
}
