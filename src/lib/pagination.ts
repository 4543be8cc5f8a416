/**
 * Long lists (a district publishes thousands of notices over the years) are split into pages of
 * a fixed size: page 1 at the list's own address, page n at `<list>page/<n>/`, so the first page's
 * address never changes and every page stays small on a phone.
 *
 * Not Astro's paginate(): its pages live at one route, so page 1 is either `<list>page/1/` or (with
 * a rest parameter) `<list>` followed by `<list>2/`. Neither is the scheme already published and
 * recorded in urls.txt (`<list>page/2/`), and a list's page 1 is rendered by the list's own route.
 */
export const PER_PAGE = 20;

export interface Page<T> {
  items: T[];
  /** 1-based */
  page: number;
  pages: number;
}

export function paginate<T>(items: readonly T[], perPage = PER_PAGE): Page<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pages }, (_, i) => ({ items: items.slice(i * perPage, (i + 1) * perPage), page: i + 1, pages }));
}

/** "/notices/" + 1 → "/notices/"; + 3 → "/notices/page/3/". */
export function pagePath(listPath: string, page: number): string {
  return page === 1 ? listPath : `${listPath}page/${page}/`;
}

/** The page numbers to offer: first, last, and two either side of the current one (0 = a gap). */
export function pageLinks(page: number, pages: number): number[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [0, n] : [n]));
}
