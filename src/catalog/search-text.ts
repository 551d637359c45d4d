/** Lower case without Vietnamese diacritics (đ → d), spaces collapsed: the form searches compare. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The stored search text of a procedure version: its name and national code. */
export function procedureSearchText(name: string, code: string): string {
  return foldVietnamese(`${code} ${name}`);
}

/** The words of a search query, folded; every word must occur in the search text. */
export function searchTokens(query: string): string[] {
  return foldVietnamese(query)
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 10);
}

/** A LIKE pattern matching `token` anywhere, with the LIKE wildcards in it taken literally. */
export function containsPattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
