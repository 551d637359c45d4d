const DAY_MS = 86_400_000;
const pad2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const pad3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
// "YYYY-MM-DDT" of recent days, direct-mapped by day number: instants of one record fall on few days.
const dayKeys = new Float64Array(1024).fill(NaN);
const dayPrefixes: string[] = new Array<string>(1024).fill('');

/**
 * `new Date(ms).toISOString()` for years 0000–9999, several times faster: a history import writes
 * tens of millions of instants. Only the date part goes through `Date`, once per day seen.
 */
export function isoInstant(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const slot = day & 1023;
  if (dayKeys[slot] !== day) {
    dayKeys[slot] = day;
    dayPrefixes[slot] = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  let rest = ms - day * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${dayPrefixes[slot]}${pad2[hours]}:${pad2[minutes]}:${pad2[seconds]}.${pad3[rest - seconds * 1000]}Z`;
}
