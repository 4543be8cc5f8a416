/**
 * Options for @astrojs/sitemap: every content page in both languages, each with its
 * translation and x-default as xhtml:link alternates (the same set as the pages' hreflang).
 */
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

/** Where the integration writes the index (filenameBase "sitemap"); robots.txt points here. */
export const SITEMAP_INDEX = '/sitemap-index.xml';

/**
 * `redirects`: former addresses of renamed entries (src/integrations/content-redirects.ts), which
 * are refresh pages rather than content. The CMS is left out too; the 404 page the integration
 * leaves out itself, and files that are not pages (feeds, images) have no trailing slash.
 */
export function sitemapOptions(redirects: Iterable<string>): NonNullable<SitemapOptions> {
  const skipped = new Set(redirects);
  return {
    filenameBase: 'sitemap',
    // Chinese at the root (the default), English under /en/; values are the hreflang codes.
    i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
    filter: (url) => {
      const path = new URL(url).pathname;
      return path.endsWith('/') && !path.startsWith('/admin/') && !skipped.has(path);
    },
    serialize: withXDefault,
  };
}

/** Adds x-default (the Chinese page) beside the zh-CN and en alternates. */
export function withXDefault(item: SitemapItem): SitemapItem {
  const chinese = item.links?.find((link) => link.lang === 'zh-CN');
  // The integration shares one links array between a page and its translation: copy, never push.
  return chinese ? { ...item, links: [...item.links!, { lang: 'x-default', url: chinese.url }] } : item;
}
