/**
 * Loads every collection once per build, checks that every reference points at an existing
 * entry and that no short name (key) is used twice (failing the build with file and field
 * otherwise), and derives the shared event list.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { danglingReferenceProblems, findDanglingReferences, type LoadedEntry } from '../lib/references.ts';
import { AstroError } from 'astro/errors';
import { formatProblems } from '../lib/content-problems.ts';
import { eventsFromCampaigns, eventsFromCourses, eventsFromLeagues, eventsFromNotices, eventsFromPerformances, type SiteEvent } from '../lib/events.ts';
import { buildNow } from '../lib/now.ts';
import { findDuplicateKeys } from '../lib/duplicate-keys.ts';
import { activeUrgentNotices } from '../lib/notices.ts';
import { SCHEMAS } from '../schemas/index.ts';
import { labelPath } from '../lib/schema-walk.ts';
import { CMS_COLLECTIONS } from '../../admin/collections.ts';
import { uploadProblems } from './upload-check.ts';

const COLLECTIONS = ['communities', 'venues', 'notices', 'performances', 'leagues', 'courses', 'schools', 'campaigns', 'library'] as const satisfies readonly CollectionKey[];

type Collections = { [K in (typeof COLLECTIONS)[number]]: CollectionEntry<K>[] };

export interface Site extends Collections {
  now: Date;
  events: SiteEvent[];
  /** urgent notices still in force: the banner on every page */
  urgent: CollectionEntry<'notices'>[];
  community: (id: string) => CollectionEntry<'communities'>;
  venue: (id: string) => CollectionEntry<'venues'>;
  notice: (id: string) => CollectionEntry<'notices'>;
  /**
   * Where an event takes place: its venue, else the one community it names (a community's open
   * day at its service centre), else nothing. Feeds (LOCATION) and Event JSON-LD both use it.
   */
  placeOf: (event: SiteEvent) => { name: string; address: string } | undefined;
}

function indexById<T extends { id: string }>(entries: readonly T[], collection: string): (id: string) => T {
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`${collection} “${id}” 不存在(no such entry)`);
    return found;
  };
}

async function load(): Promise<Site> {
  const loaded = Object.fromEntries(await Promise.all(COLLECTIONS.map(async (name) => [name, await getCollection(name)] as const))) as Collections;

  const all: LoadedEntry[] = COLLECTIONS.flatMap((name) => loaded[name].map((entry) => ({ id: entry.id, collection: name, filePath: entry.filePath, data: entry.data })));
  // `npm run build` has made these checks already, with lines and labels (scripts/content-check.ts);
  // they are repeated here for builds started otherwise (astro build, astro dev).
  const available = (collection: string) => all.filter((entry) => entry.collection === collection).map((entry) => entry.id);
  const problems = [
    ...danglingReferenceProblems(findDanglingReferences(all), {
      available,
      collectionLabel: (collection) => CMS_COLLECTIONS.find((c) => c.name === collection)?.labelSingular ?? collection,
      fieldLabel: (file, path) => {
        const collection = all.find((entry) => entry.filePath === file)?.collection;
        return collection ? labelPath(SCHEMAS[collection as keyof typeof SCHEMAS], path) : undefined;
      },
    }),
    ...findDuplicateKeys(all),
    ...(await uploadProblems(COLLECTIONS.flatMap((name) => loaded[name].map((entry) => ({ collection: name, id: entry.id, filePath: entry.filePath, data: entry.data, body: entry.body }))), SCHEMAS)),
  ];
  if (problems.length) throw new AstroError(formatProblems(problems), '`npm run content:check` 列出同样的问题,并给出行号(lists the same problems with their lines)');

  const venue = indexById(loaded.venues, 'venues');
  const communityOfVenue = (venueId: string) => venue(venueId).data.community.id;
  const events = [
    ...eventsFromPerformances(loaded.performances, communityOfVenue),
    ...eventsFromLeagues(loaded.leagues, communityOfVenue),
    ...eventsFromCourses(loaded.courses, communityOfVenue),
    ...eventsFromCampaigns(loaded.campaigns, communityOfVenue),
    ...eventsFromNotices(loaded.notices, communityOfVenue),
  ];

  const community = indexById(loaded.communities, 'communities');
  const placeOf = (event: SiteEvent) => {
    if (event.venue) return { name: venue(event.venue).data.name, address: venue(event.venue).data.address };
    if (event.communities.length !== 1) return undefined;
    const { name, address } = community(event.communities[0]!).data;
    return { name, address };
  };
  const now = buildNow();
  return {
    ...loaded,
    now,
    events,
    urgent: activeUrgentNotices(loaded.notices, now),
    community,
    venue,
    placeOf,
    notice: indexById(loaded.notices, 'notices'),
  };
}

let cached: Promise<Site> | undefined;

/** The whole site's content, loaded and checked once per build. */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) return load(); // editors expect a saved change to show on reload
  cached ??= load();
  return cached;
}
