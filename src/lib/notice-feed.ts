/**
 * The notices RSS feed (/notices/rss.xml, /en/notices/rss.xml).
 *
 * RSS 2.0 says an item's <description> is HTML, entity-encoded into the XML: a reader decodes
 * the XML, then renders the result as HTML. @astrojs/rss does the XML encoding only, so a
 * summary handed to it as it is reached readers as markup: a summary reading
 * `<img src=x onerror=alert(1)>` became a live element in the reader. A summary is plain text,
 * so it is HTML-escaped here first (the XML encoding then escapes it a second time, as RSS
 * requires): the reader shows exactly the characters the editor typed, and can never meet an
 * element, attribute or URL of ours. Titles are plain text in every reader and stay as they are.
 */
import { entryUrl } from './permanent-urls.ts';
import type { RSSOptions } from '@astrojs/rss';
import type { Locale } from '../i18n/index.ts';
import { localePath, t } from '../i18n/index.ts';
import { localizedSummary, localizedTitle } from './localize.ts';
import type { CollectionEntry } from 'astro:content';
import { sortNotices } from './notices.ts';

type Notice = CollectionEntry<'notices'>;

/** Plain text as HTML that shows exactly that text. */
export function textAsHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function noticeFeed(notices: readonly Notice[], locale: Locale, site: string | URL): RSSOptions {
  return {
    title: `${t(locale, 'notices.title')} · ${t(locale, 'site.name')}`,
    description: t(locale, 'site.description'),
    site,
    items: sortNotices(notices)
      .slice(0, 50)
      .map((notice) => {
        const summary = localizedSummary(notice.data, locale)?.text;
        return {
          title: localizedTitle(notice.data, locale).text,
          link: localePath(locale, entryUrl('notices', notice.id)),
          pubDate: notice.data.published,
          ...(summary ? { description: textAsHtml(summary) } : {}),
          categories: [t(locale, `category.${notice.data.category}`)],
        };
      }),
    customData: `<language>${locale === 'en' ? 'en' : 'zh-cn'}</language>`,
  };
}
