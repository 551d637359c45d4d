/** Roles that read reports (src/reports/report-scope.ts `reportReaders`). */
const readerRoles = ['monitor', 'leader', 'admin'];

/**
 * The agency subtrees the user may read reports of: null = the whole system (a role without an
 * agency), otherwise the agencies of their monitor, leader and admin roles.
 */
export function reportRoots(me: { roles: { role: string; agency: { code: string } | null }[] } | null | undefined): string[] | null {
  const grants = (me?.roles ?? []).filter((r) => readerRoles.includes(r.role));
  if (grants.some((g) => g.agency === null)) return null;
  return [...new Set(grants.map((g) => g.agency!.code))];
}
