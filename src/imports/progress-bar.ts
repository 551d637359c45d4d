/** A one-line text progress bar for a terminal: bytes read of the file, lines, dossiers per second. */
export function formatProgress(p: { bytes: number; totalBytes: number; lines: number; dossiers: number; seconds: number }, width = 30): string {
  const ratio = p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : 0;
  const filled = Math.round(ratio * width);
  const rate = p.seconds > 0 ? Math.round(p.dossiers / p.seconds) : 0;
  const n = (v: number) => v.toLocaleString('vi-VN');
  return (
    `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ` +
    `${n(p.lines)} dòng, ${n(p.dossiers)} hồ sơ, ${n(rate)} hồ sơ/giây`
  );
}

/** Redraws the bar on stderr at most every `intervalMs`; does nothing unless stderr is a terminal. */
export function terminalProgress(totalBytes: number, intervalMs = 100) {
  const tty = process.stderr.isTTY === true;
  const start = performance.now();
  let last = 0;
  return {
    update(p: { bytes: number; lines: number; dossiers: number; done: boolean }): void {
      if (!tty) return;
      const now = performance.now();
      if (!p.done && now - last < intervalMs) return;
      last = now;
      process.stderr.write(`\r${formatProgress({ ...p, totalBytes, seconds: (now - start) / 1000 })}\x1b[K`);
      if (p.done) process.stderr.write('\n');
    },
  };
}
