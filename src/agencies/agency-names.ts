/** Names of agencies derived from administrative divisions; no I/O. */

/** Two-tier local government and the new communes start on this day (Resolution 202/2025/QH15). */
export const TWO_TIER_REFORM_DATE = '2025-07-01';

/**
 * The People's Committee governing a division: "Phường Kỳ Lừa" → "Ủy ban nhân dân phường Kỳ Lừa",
 * "Thành phố Hà Nội" → "Ủy ban nhân dân thành phố Hà Nội"; a province whose name carries no kind
 * ("Lạng Sơn") gets "tỉnh".
 */
export function peoplesCommitteeName(divisionName: string, kind?: 'province'): string {
  const name = divisionName.trim();
  const hasKind = /^(Thành phố|Tỉnh|Phường|Xã|Đặc khu|Thị trấn|Huyện|Quận|Thị xã)\s/u.test(name);
  const body = hasKind ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) : kind === 'province' ? `tỉnh ${name}` : name;
  return `Ủy ban nhân dân ${body}`;
}
