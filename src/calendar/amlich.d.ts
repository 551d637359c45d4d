// The `amlich` package (Hồ Ngọc Đức's Vietnamese lunar calendar) ships no types.
declare module 'amlich' {
  /** Returns [day, month, year]; [0, 0, 0] when the leap month asked for does not exist. */
  export function convertLunar2Solar(
    lunarDay: number,
    lunarMonth: number,
    lunarYear: number,
    lunarLeap: 0 | 1,
    timeZone: number,
  ): [number, number, number];
  /** Returns [day, month, year, leap]. */
  export function convertSolar2Lunar(day: number, month: number, year: number, timeZone: number): [number, number, number, 0 | 1];
  export function jdFromDate(day: number, month: number, year: number): number;
  export function jdToDate(jd: number): [number, number, number];
  const amlich: {
    convertLunar2Solar: typeof convertLunar2Solar;
    convertSolar2Lunar: typeof convertSolar2Lunar;
    jdFromDate: typeof jdFromDate;
    jdToDate: typeof jdToDate;
  };
  export default amlich;
}
