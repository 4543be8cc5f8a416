import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { localeFromParam, localeStaticPaths, localePath, t } from '../../../i18n/index.ts';
import { loadSite } from '../../../data/site.ts';
import { sortNotices } from '../../../lib/notices.ts';
import { localizedSummary, localizedTitle } from '../../../lib/localize.ts';

export const getStaticPaths = localeStaticPaths;

export async function GET(context: APIContext) {
  const locale = localeFromParam(context.params['lang']);
  const site = await loadSite();
  return rss({
    title: `${t(locale, 'notices.title')} · ${t(locale, 'site.name')}`,
    description: t(locale, 'site.description'),
    site: context.site ?? 'http://localhost:4321',
    items: sortNotices(site.notices).slice(0, 50).map((notice) => ({
      title: localizedTitle(notice.data, notice.data.title, locale).text,
      link: localePath(locale, `/notices/${notice.id}/`),
      pubDate: notice.data.published,
      description: localizedSummary(notice.data, locale)?.text,
      categories: [t(locale, `category.${notice.data.category}`)],
    })),
    customData: `<language>${locale === 'en' ? 'en' : 'zh-cn'}</language>`,
  });
}
