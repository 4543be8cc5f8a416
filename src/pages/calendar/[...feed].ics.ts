/**
 * iCalendar feeds: /calendar/all.ics, /calendar/type/<type>.ics, /calendar/community/<id>.ics,
 * /calendar/venue/<id>.ics, and one file per event (/calendar/event/<uid>.ics, "add to calendar").
 */
import type { APIContext } from 'astro';
import { loadSite } from '../../data/site.ts';
import { calendarFeed } from '../../lib/ical.ts';
import { contentRevisions } from '../../lib/revisions.ts';
import { EVENT_TYPES, matchUid, type SiteEvent } from '../../lib/events.ts';
import { t } from '../../i18n/index.ts';

interface Feed {
  name: string;
  events: SiteEvent[];
}

let cached: Promise<Map<string, Feed>> | undefined;

/** Every feed, computed once per build: each of the thousands of feed files looks up its own. */
function feeds(): Promise<Map<string, Feed>> {
  cached ??= computeFeeds();
  return cached;
}

async function computeFeeds(): Promise<Map<string, Feed>> {
  const site = await loadSite();
  const siteName = t('zh-CN', 'site.name');
  const all = new Map<string, Feed>([['all', { name: `${siteName} · ${t('zh-CN', 'calendar.title')}`, events: site.events }]]);
  for (const type of EVENT_TYPES)
    all.set(`type/${type}`, { name: `${siteName} · ${t('zh-CN', `event.${type}`)}`, events: site.events.filter((e) => e.type === type) });
  for (const community of site.communities)
    all.set(`community/${community.id}`, {
      name: `${siteName} · ${community.data.name}`,
      events: site.events.filter((e) => e.communities.includes(community.id)),
    });
  for (const venue of site.venues)
    all.set(`venue/${venue.id}`, { name: `${siteName} · ${venue.data.name}`, events: site.events.filter((e) => e.venue === venue.id) });
  for (const league of site.leagues) {
    for (const team of league.data.teams) {
      const uids = new Set(league.data.fixtures.filter((f) => f.home === team.id || f.away === team.id).map((f) => matchUid(league.id, f)));
      all.set(`team/${league.id}/${team.id}`, { name: `${team.name} · ${league.data.title}`, events: site.events.filter((e) => uids.has(e.uid)) });
    }
  }
  for (const event of site.events) all.set(`event/${event.uid}`, { name: event.title, events: [event] });
  return all;
}

export async function getStaticPaths() {
  return [...(await feeds()).keys()].map((feed) => ({ params: { feed } }));
}

export async function GET({ params, site: siteUrl }: APIContext) {
  const site = await loadSite();
  const feed = (await feeds()).get(params['feed']!)!;
  const location = (event: SiteEvent) => {
    const place = site.placeOf(event);
    return place ? `${place.name},${place.address}` : undefined;
  };
  const revisions = contentRevisions();
  const body = calendarFeed(feed.events, {
    name: feed.name,
    site: siteUrl!,
    stamp: site.now,
    location,
    labels: { cancelled: `[${t('zh-CN', 'performanceStatus.cancelled')}]`, postponed: `[${t('zh-CN', 'performanceStatus.postponed')}]` },
    revised: (event) => revisions.get(event.source),
  });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
