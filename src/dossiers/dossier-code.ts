/** `<unit code>-<YYMMDD>-<NNNN>` (Decree 61/2018, kept by Decree 118/2025). */
export function formatDossierCode(unitCode: string, vietnamDate: string, sequence: number): string {
  const yymmdd = vietnamDate.slice(2, 4) + vietnamDate.slice(5, 7) + vietnamDate.slice(8, 10);
  return `${unitCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

const CODE_RE = /^(.+)-(\d{6})-(\d{4,})$/;

export function parseDossierCode(code: string): { unitCode: string; yymmdd: string; sequence: number } | null {
  const m = CODE_RE.exec(code);
  if (!m) return null;
  return { unitCode: m[1]!, yymmdd: m[2]!, sequence: Number(m[3]) };
}
