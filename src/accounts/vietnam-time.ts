const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `HH:mm dd/MM/yyyy` in Vietnam time (UTC+7, no DST) whatever the machine's time zone. */
export function formatVietnamDateTime(instant: Date): string {
  const v = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())} ${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
}
