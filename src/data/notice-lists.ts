/**
 * The notice lists the site publishes — all notices, one per category, one per community — so
 * that each list's first page and its later pages (/page/2/ …) are built from one definition.
 */
import type { CollectionEntry } from 'astro:content';
import { loadSite } from './site.ts';
import { localeParams, t, type Locale } from '../i18n/index.ts';
import { NOTICE_CATEGORIES } from '../schemas/notices.ts';
import { concernsCommunity } from '../lib/notices.ts';
import { localizedTitle } from '../lib/localize.ts';
import { paginate } from '../lib/pagination.ts';

export interface NoticeList {
  /** without the language prefix */
  path: string;
  title: (locale: Locale) => string;
  notices: CollectionEntry<'notices'>[];
}

export async function noticeLists(): Promise<{ all: NoticeList; byCategory: Map<string, NoticeList>; byCommunity: Map<string, NoticeList> }> {
  const site = await loadSite();
  const all: NoticeList = { path: '/notices/', title: (locale) => t(locale, 'notices.title'), notices: site.notices };
  const byCategory = new Map(
    NOTICE_CATEGORIES.map((category) => [
      category,
      {
        path: `/notices/category/${category}/`,
        title: (locale: Locale) => t(locale, 'notices.categoryTitle', { category: t(locale, `category.${category}`) }),
        notices: site.notices.filter((n) => n.data.category === category),
      },
    ]),
  );
  const byCommunity = new Map(
    site.communities.map((community) => [
      community.id,
      {
        path: `/notices/community/${community.id}/`,
        title: (locale: Locale) => t(locale, 'notices.communityTitle', { community: localizedTitle(community.data, locale).text }),
        notices: site.notices.filter((n) => concernsCommunity(n, community.id)),
      },
    ]),
  );
  return { all, byCategory, byCommunity };
}

/** Static paths for pages 2… of some lists, in both languages; `params` names each list. */
export function laterPages<P extends Record<string, string>>(lists: { params: P; list: NoticeList }[]) {
  return localeParams.flatMap(({ lang }) =>
    lists.flatMap(({ params, list }) =>
      paginate(list.notices)
        .slice(1)
        .map(({ page }) => ({ params: { lang, ...params, page: String(page) }, props: { list, page } })),
    ),
  );
}
