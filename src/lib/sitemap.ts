/**
 * Options for @astrojs/sitemap: every content page in both languages, each with its
 * translation and x-default as xhtml:link alternates (the same set as the pages' hreflang).
 *
 * The alternates are added here rather than by the integration's own `i18n` option: that option
 * compares every page with every other page (@astrojs/sitemap 3.7, generate-sitemap.js), which
 * took seconds at 5,000 entries and grew with the square of the pages. `filter` sees every page
 * before `serialize` sees any, so it records the paths the sitemap lists, and each page then
 * finds its translation in that set.
 */
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { alternateLinks, alternatePath, localeOfPath } from '../i18n/index.ts';

/** Where the integration writes the index (filenameBase "sitemap"); robots.txt points here. */
export const SITEMAP_INDEX = '/sitemap-index.xml';

/**
 * `redirects`: former addresses of renamed entries (src/integrations/content-redirects.ts), which
 * are refresh pages rather than content. The CMS is left out too; the 404 page the integration
 * leaves out itself, and files that are not pages (feeds, images) have no trailing slash.
 */
export function sitemapOptions(redirects: Iterable<string>): NonNullable<SitemapOptions> {
  const skipped = new Set(redirects);
  const listed = new Set<string>();
  return {
    filenameBase: 'sitemap',
    filter: (url) => {
      const path = new URL(url).pathname;
      const keep = path.endsWith('/') && !path.startsWith('/admin/') && !skipped.has(path);
      if (keep) listed.add(path);
      return keep;
    },
    serialize: (item) => withAlternates(item, listed),
  };
}

/**
 * The page with its zh-CN, en and x-default (the Chinese page) alternates, the set its own
 * hreflang links carry (alternateLinks), when both languages' pages are in `listed` (paths);
 * otherwise the page as it is.
 */
export function withAlternates(item: SitemapItem, listed: ReadonlySet<string>): SitemapItem {
  const url = new URL(item.url);
  const locale = localeOfPath(url.pathname);
  if (!listed.has(alternatePath(locale, url.pathname))) return item;
  return { ...item, links: alternateLinks(locale, url.pathname, url).map(({ hreflang, href }) => ({ lang: hreflang, url: href })) };
}
