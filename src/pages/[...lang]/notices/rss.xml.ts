import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { localeFromParam, localeStaticPaths } from '../../../i18n/index.ts';
import { loadSite } from '../../../data/site.ts';
import { noticeFeed } from '../../../lib/notice-feed.ts';

export const getStaticPaths = localeStaticPaths;

export async function GET(context: APIContext) {
  const locale = localeFromParam(context.params['lang']);
  const site = await loadSite();
  return rss(noticeFeed(site.notices, locale, context.site ?? 'http://localhost:4321'));
}
