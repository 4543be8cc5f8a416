/**
 * What a page says when it is shared (WeChat, any app that reads Open Graph): its description
 * in the page's language, its og:type and the share card it gets when it has no picture of its
 * own. Single entries of the shared collections get a card of their own (title, date, place);
 * every other page shares the default card of its language.
 *
 * Descriptions: an entry's summary when it exists in the page's language; otherwise a line made
 * from the interface strings, the date and the place. An English page never falls back to a
 * Chinese summary there (the share preview is for someone who chose English; the title already
 * shows the Chinese original when there is no translation), and names a place only when the
 * place has an English name. So an English og:description is English throughout, and a
 * Chinese one Chinese.
 */
import type { Site } from '../data/site.ts';
import { t, type Locale } from '../i18n/index.ts';
import { formatDate, formatDateTime, formatLocalDate, shanghaiDay } from './dates.ts';
import { lastStart } from './events.ts';
import { localizedTitle } from './localize.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardSection, type CardSpec } from './share-card.ts';
import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { repositoryPath } from './uploads.ts';
import { entryUrl } from './permanent-urls.ts';

const pictureHashes = new Map<string, string>();

/**
 * An uploaded image as a card's picture: its path and a hash of its bytes (a replaced poster
 * draws a new card). Each page asks for its card, so the hash is computed once per file version.
 */
function uploadedPicture(src: string): CardSpec['picture'] {
  const path = repositoryPath('image', src);
  const { mtimeMs, size } = statSync(path);
  const version = `${path}:${mtimeMs}:${size}`;
  let hash = pictureHashes.get(version);
  if (!hash) {
    hash = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
    pictureHashes.set(version, hash);
  }
  return { path, hash };
}

/** Collections whose entries have a page of their own, and the route of that page (below /[...lang]). */
export const ENTRY_ROUTES = {
  notices: '/notices/[id]',
  performances: '/performances/[id]',
  leagues: '/sports/[id]',
  courses: '/school/courses/[id]',
  campaigns: '/campaigns/[id]',
  communities: '/communities/[id]',
  venues: '/venues/[id]',
  schools: '/school/schools/[id]',
} as const;
export type EntryCollection = keyof typeof ENTRY_ROUTES;

/** Entries whose pages are shared often enough to deserve a card of their own (schools use the default card). */
const CARD_COLLECTIONS = ['notices', 'performances', 'leagues', 'courses', 'campaigns', 'communities', 'venues'] as const satisfies readonly (EntryCollection &
  CardSection)[];
type CardCollection = (typeof CARD_COLLECTIONS)[number];
const hasOwnCard = (collection: EntryCollection): collection is CardCollection => (CARD_COLLECTIONS as readonly string[]).includes(collection);

export interface ShareInfo {
  type: 'article' | 'website';
  card: CardSpec;
  description: string;
}

/**
 * The size of a share crop of a picture: 1200×630 (the 1.91:1 that WeChat and others show),
 * smaller at the same proportions when the picture is too small, since astro:assets never
 * enlarges a picture.
 */
export function shareCropSize(width: number, height: number): { width: number; height: number } {
  const w = Math.min(CARD_WIDTH, width, Math.floor((height * CARD_WIDTH) / CARD_HEIGHT));
  return { width: w, height: Math.round((w * CARD_HEIGHT) / CARD_WIDTH) };
}

/** Open Graph locale names. */
export const OG_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh_CN', en: 'en_US' };

/** The card of every page that has none of its own: one per language. */
export const defaultCard = (locale: Locale): CardSpec => ({ section: 'site', locale, title: t(locale, 'site.name') });

/** Which entry page a route is ("/[...lang]/notices/[id]" → notices), if any. */
export function entryCollectionOfRoute(routePattern: string): EntryCollection | undefined {
  const route = routePattern.replace(/^\/\[\.\.\.lang\]/, '').replace(/\/$/, '');
  return (Object.keys(ENTRY_ROUTES) as EntryCollection[]).find((collection) => ENTRY_ROUTES[collection] === route);
}

interface Described {
  title: string;
  en?: { title?: string | undefined; summary?: string | undefined } | undefined;
  summary?: string | undefined;
}
interface Facts {
  data: Described;
  section: CardSection;
  /** the section's name in the description line */
  label: Parameters<typeof t>[1];
  date?: string | undefined;
  /** the place's name or address, and whether it exists in the page's language */
  place?: { text: string; lang: Locale } | undefined;
  /** the entry's own picture, drawn into its card */
  picture?: CardSpec['picture'];
}

function dateRange(from: Date, to: Date, locale: Locale): string {
  return shanghaiDay(from) === shanghaiDay(to) ? formatDate(from, locale) : `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
}

/** The date span and the single place of the events an entry page describes (a league's fixtures, a course's lessons). */
function eventFacts(site: Site, path: string, locale: Locale): Pick<Facts, 'date' | 'place'> {
  const events = site.eventsOf(path);
  if (!events.length) return {};
  const starts = events.map((event) => event.start.getTime());
  const first = new Date(Math.min(...starts));
  const last = new Date(Math.max(...events.map((event) => lastStart(event).getTime())));
  const venues = [...new Set(events.map((event) => event.venue))];
  const venue = venues.length === 1 && venues[0] ? site.venue(venues[0]) : undefined;
  return {
    date: events.length === 1 && !events[0]!.recurrence ? formatDateTime(first, locale) : dateRange(first, last, locale),
    place: venue ? localizedTitle(venue.data, locale) : undefined,
  };
}

function factsOf(site: Site, collection: EntryCollection, id: string, locale: Locale): Facts {
  const named = <T extends { name: string }>(data: T & Omit<Described, 'title'>): Described => ({ ...data, title: data.name });
  switch (collection) {
    case 'notices': {
      const { data } = site.notice(id);
      const facts = data.event ? eventFacts(site, entryUrl('notices', id), locale) : { date: formatDate(data.published, locale) };
      return { data, section: 'notices', label: 'nav.notices', ...facts };
    }
    case 'performances': {
      const entry = site.entry('performances', id);
      const picture = entry.data.poster ? uploadedPicture(entry.data.poster.src) : undefined;
      return { data: entry.data, section: 'performances', label: 'nav.performances', ...eventFacts(site, entryUrl('performances', id), locale), picture };
    }
    case 'leagues': {
      const entry = site.entry('leagues', id);
      return { data: entry.data, section: 'leagues', label: 'nav.sports', ...eventFacts(site, entryUrl('leagues', id), locale) };
    }
    case 'courses': {
      const entry = site.entry('courses', id);
      return { data: entry.data, section: 'courses', label: 'nav.school', ...eventFacts(site, entryUrl('courses', id), locale) };
    }
    case 'campaigns': {
      const { data } = site.entry('campaigns', id);
      return {
        data,
        section: 'campaigns',
        label: 'school.campaignsTitle',
        date: `${formatLocalDate(data.start, locale)} – ${formatLocalDate(data.end, locale)}`,
      };
    }
    case 'communities': {
      const { data } = site.community(id);
      return { data: named(data), section: 'communities', label: 'nav.communities', place: { text: data.address, lang: 'zh-CN' } };
    }
    case 'venues': {
      const { data } = site.venue(id);
      return { data: named(data), section: 'venues', label: 'nav.venues', place: { text: data.address, lang: 'zh-CN' } };
    }
    case 'schools': {
      const { data } = site.entry('schools', id);
      return { data: named(data), section: 'site', label: 'nav.school' };
    }
  }
}

/** The description line of an entry without a summary in the page's language. */
export function describe(locale: Locale, label: string, date: string | undefined, place: { text: string; lang: Locale } | undefined): string {
  const parts = [`${t(locale, 'site.name')} · ${label}`, date, place && place.lang === locale ? place.text : undefined].filter(Boolean);
  return parts.join(locale === 'en' ? ', ' : ',') + (locale === 'en' ? '.' : '。');
}

/** The text of a card, for og:image:alt: in the card's language, which is the language of what it shows. */
export function cardAlt(card: CardSpec): string {
  const siteName = t(card.locale, 'site.name');
  return [card.section === 'site' ? siteName : `${siteName}${t(card.locale, 'punct.colon')}${card.title}`, card.date, card.place].filter(Boolean).join(' · ');
}

/** Share information of an entry page. */
export function entryShare(site: Site, collection: EntryCollection, id: string, locale: Locale): ShareInfo {
  const facts = factsOf(site, collection, id, locale);
  const summary = locale === 'en' ? facts.data.en?.summary : facts.data.summary;
  const title = localizedTitle(facts.data, locale);
  // An untranslated entry's English page shares the Chinese card: same picture, drawn once.
  const cardLocale: Locale = title.lang;
  const cardFacts = cardLocale === locale ? facts : factsOf(site, collection, id, cardLocale);
  const card: CardSpec = hasOwnCard(collection)
    ? {
        section: cardFacts.section,
        locale: cardLocale,
        title: title.text,
        date: cardFacts.date,
        place: cardFacts.place?.text,
        ...(cardFacts.picture ? { picture: cardFacts.picture } : {}),
      }
    : defaultCard(locale);
  return { type: 'article', card, description: summary ?? describe(locale, t(locale, facts.label), facts.date, facts.place) };
}

/** Every card the site needs, each once (the card endpoint writes these). */
export function allCards(site: Site): CardSpec[] {
  const cards = new Map<string, CardSpec>();
  const add = (card: CardSpec) => cards.set(JSON.stringify(card), card);
  for (const locale of ['zh-CN', 'en'] as const) {
    add(defaultCard(locale));
    const ids: Record<CardCollection, readonly { id: string }[]> = {
      notices: site.notices,
      performances: site.performances,
      leagues: site.leagues,
      courses: site.courses,
      campaigns: site.campaigns,
      communities: site.communities,
      venues: site.venues,
    };
    for (const collection of CARD_COLLECTIONS) for (const { id } of ids[collection]) add(entryShare(site, collection, id, locale).card);
  }
  return [...cards.values()];
}
