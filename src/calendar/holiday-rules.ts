import { lastLunarMonthLength, lunarNewYear, lunarNewYearEve, lunarToSolar } from './lunar';
import { addDays, dayOfWeek, formatDate, isWeekend } from './vietnam-time';
import { sortEntries, type DayEntry, type Holiday, type YearSchedule } from './year-schedule';

const LABOUR_CODE = 'Bộ luật Lao động 2019, Điều 112';

/**
 * The public holidays of a solar year by the Labour Code 2019 Art. 112 with the default choices the
 * law leaves to a yearly decision: Tết = the last day of the lunar year and lunar 1–4 of the new
 * year; National Day's adjacent day = 1/9.
 */
export function statutoryHolidays(year: number): Holiday[] {
  const tet = lunarNewYear(year);
  const eve = lunarNewYearEve(year);
  const hungKings = lunarToSolar(10, 3, year);
  const holidays: Holiday[] = [
    { date: formatDate(year, 1, 1), name: 'Tết Dương lịch' },
    { date: eve, name: `Tết Nguyên đán (${lastLunarMonthLength(year)} tháng Chạp)`, lunar: 'ngày cuối năm âm lịch' },
    ...[0, 1, 2, 3].map((i) => ({
      date: addDays(tet, i),
      name: `Tết Nguyên đán (mùng ${i + 1} Tết)`,
      lunar: `${i + 1}/1 âm lịch`,
    })),
    ...(hungKings ? [{ date: hungKings, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', lunar: '10/3 âm lịch' }] : []),
    { date: formatDate(year, 4, 30), name: 'Ngày Chiến thắng (30/4)' },
    { date: formatDate(year, 5, 1), name: 'Ngày Quốc tế Lao động (1/5)' },
    { date: formatDate(year, 9, 1), name: 'Quốc khánh (ngày liền kề)' },
    { date: formatDate(year, 9, 2), name: 'Quốc khánh (2/9)' },
  ];
  return sortEntries(holidays);
}

/**
 * A year's schedule by the rules alone, used for years without a decreed schedule: weekday
 * holidays, plus one compensation day (Art. 111(3)) for each holiday on a Saturday or Sunday, on the
 * next weekday that is neither a holiday nor already a compensation day.
 */
export function ruleBasedSchedule(year: number): YearSchedule {
  const holidays = statutoryHolidays(year);
  const holidayDates = new Set(holidays.map((h) => h.date));
  const daysOff: DayEntry[] = holidays
    .filter((h) => !isWeekend(h.date))
    .map((h) => ({ date: h.date, name: h.name, note: LABOUR_CODE }));
  const taken = new Set(daysOff.map((d) => d.date));
  for (const h of holidays) {
    if (!isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || holidayDates.has(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    const weekday = dayOfWeek(h.date) === 6 ? 'thứ Bảy' : 'Chủ nhật';
    daysOff.push({
      date: d,
      name: `Nghỉ bù: ${h.name} trùng ${weekday} ${h.date.slice(8, 10)}/${h.date.slice(5, 7)}`,
      note: 'Bộ luật Lao động 2019, Điều 111 khoản 3',
    });
  }
  return {
    year,
    daysOff: sortEntries(daysOff),
    workingSaturdays: [],
    origin: 'rules',
    note: `Tính theo quy tắc (${LABOUR_CODE}; nghỉ bù theo Điều 111 khoản 3) vì chưa có lịch nghỉ được công bố cho năm này.`,
  };
}
