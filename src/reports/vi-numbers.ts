/** Numbers as Vietnamese reports write them, whatever the machine's locale. */

/** `14.888`: the Vietnamese thousands separator. */
export function viNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Counts in the prose of official documents: `08`, `14`, `1.451`. */
export function viCount(n: number): string {
  return n > 0 && n < 10 ? `0${n}` : viNumber(n);
}

/** `97,88%` from basis points (hundredths of a percent): decimal comma, two decimals. */
export function viPercent(basisPoints: number): string {
  return `${viNumber(Math.floor(basisPoints / 100))},${String(basisPoints % 100).padStart(2, '0')}%`;
}
