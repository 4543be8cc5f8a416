/**
 * Traditional → Simplified at query time (issue 21): residents, relatives abroad and many phones
 * type 繁體 (圖書館), while the site and its index are Simplified. The search page loads a
 * character table (built from OpenCC's Taiwan and Hong Kong dictionaries, src/lib/t2s-table.ts)
 * only when a query has Chinese characters, converts the query and says so.
 */

/** Where the search page fetches the table: two strings of equal length, character by character. */
export const T2S_TABLE_PATH = '/search/t2s.json';

export interface T2sTable {
  from: string;
  to: string;
}

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** A lookup from a table as served. */
export function t2sLookup(table: T2sTable): Map<string, string> {
  const from = [...table.from];
  const to = [...table.to];
  if (from.length !== to.length) throw new Error(`t2s table: ${from.length} characters map to ${to.length}`);
  return new Map(from.map((char, i) => [char, to[i]!]));
}

/** The query with every Traditional character replaced by its Simplified form. */
export function toSimplified(text: string, lookup: ReadonlyMap<string, string>): string {
  return [...text].map((char) => lookup.get(char) ?? char).join('');
}
