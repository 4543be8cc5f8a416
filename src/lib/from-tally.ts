/**
 * How the district reads `?from=<school-id>` (issue 18, item 8). The link kit on each campaign
 * page invites schools to add `?from=<their id>` to the link they publish; the site is static
 * and runs no analytics, so the only record of a visit is the web server's or CDN's access log.
 * `npm run tally:from -- access.log` (scripts/tally-from.ts) counts, from logs in the common or
 * combined log format (nginx's and Apache's default; most CDNs can export it), the page
 * requests that carried a `from=` value, by page and value.
 */
import { SLUG_PATTERN } from './slugs.ts';

/** host ident user [time] "METHOD target PROTOCOL" status size … (common and combined format) */
const LOG_LINE = /^\S+ \S+ \S+ \[[^\]]*\] "([A-Z]+) (\S+)(?: [^"]*)?" (\d{3}) /;

/** What a value that is not a school id (a typo, an attack) is counted as. */
export const INVALID_FROM = '(无效 invalid)';

export interface FromCount {
  page: string;
  from: string;
  requests: number;
}

/**
 * The `from` value and page of one log line, or undefined when the line is not a successful
 * page request with a `from=` value. Only GET and HEAD answered 2xx or 304 count (a 404 or a
 * redirect is not a visit); requests for files (images, scripts, .ics) are not pages.
 */
export function fromOfLogLine(line: string): { page: string; from: string } | undefined {
  const match = LOG_LINE.exec(line);
  if (!match) return undefined;
  const [, method, target, status] = match;
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  if (!(status!.startsWith('2') || status === '304')) return undefined;
  if (!URL.canParse(target!, 'https://site.invalid')) return undefined;
  const url = new URL(target!, 'https://site.invalid');
  const from = url.searchParams.get('from');
  if (from === null) return undefined;
  const page = url.pathname.replace(/index\.html$/, '');
  if (!page.endsWith('/')) return undefined;
  const value = from.trim().toLowerCase();
  return { page, from: SLUG_PATTERN.test(value) ? value : INVALID_FROM };
}

/** Counts by page and from value, most requests first (then by page and value). */
export function tallyFrom(lines: Iterable<string>): FromCount[] {
  const counts = new Map<string, FromCount>();
  for (const line of lines) {
    const found = fromOfLogLine(line);
    if (!found) continue;
    const slot = `${found.page} ${found.from}`;
    const count = counts.get(slot) ?? { ...found, requests: 0 };
    count.requests += 1;
    counts.set(slot, count);
  }
  return [...counts.values()].sort((a, b) => b.requests - a.requests || a.page.localeCompare(b.page) || a.from.localeCompare(b.from));
}

/** The table the script prints: requests, source, page; tab-separated, so it pastes into a spreadsheet. */
export function formatTally(counts: readonly FromCount[]): string {
  return ['次数 requests\t来源 from\t页面 page', ...counts.map((c) => `${c.requests}\t${c.from}\t${c.page}`)].join('\n');
}
