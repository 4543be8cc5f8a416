/**
 * Loads every collection once per build, checks that every reference points at an existing
 * entry and that no short name (key) is used twice (failing the build with file and field
 * otherwise), and derives the shared event list.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { danglingReferenceProblems, findDanglingReferences, type LoadedEntry } from '../lib/references.ts';
import { AstroError } from 'astro/errors';
import { formatProblems } from '../lib/content-problems.ts';
import { siteEvents, type SiteEvent } from '../lib/events.ts';
import { buildNow } from '../lib/now.ts';
import { findDuplicateKeys } from '../lib/duplicate-keys.ts';
import { activeUrgentNotices } from '../lib/notices.ts';
import { COLLECTION_NAMES, REGISTRY, SCHEMAS, type CollectionName } from '../registry.ts';
import { labelPath } from '../lib/schema-walk.ts';
import { uploadProblems } from './upload-check.ts';

type Collections = { [K in CollectionName]: CollectionEntry<K>[] };

export interface Site extends Collections {
  now: Date;
  events: SiteEvent[];
  /** urgent notices still in force: the banner on every page */
  urgent: CollectionEntry<'notices'>[];
  /** The entry of that collection with that id; throws naming both when there is none. */
  entry: <K extends CollectionName>(collection: K, id: string) => CollectionEntry<K>;
  community: (id: string) => CollectionEntry<'communities'>;
  venue: (id: string) => CollectionEntry<'venues'>;
  notice: (id: string) => CollectionEntry<'notices'>;
  /**
   * Where an event takes place: its venue, else the one community it names (a community's open
   * day at its service centre), else nothing. Feeds (LOCATION) and Event JSON-LD both use it.
   */
  placeOf: (event: SiteEvent) => { name: string; address: string } | undefined;
  /** The events an entry's page describes (its `path`, as entryUrl gives it), in `events` order. */
  eventsOf: (path: string) => readonly SiteEvent[];
  /** The event with that uid, if any. */
  event: (uid: string) => SiteEvent | undefined;
  /** The notices that name this one as their replacement (替代通知). */
  replacing: (noticeId: string) => readonly CollectionEntry<'notices'>[];
}

// Pages ask these for every entry; a scan of all events or notices per page grew with the
// square of the site (thousands of pages, each scanning thousands of events).
function indexed<T>(items: readonly T[], key: (item: T) => string | undefined): (k: string) => readonly T[] {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return (k) => map.get(k) ?? [];
}

function lookups(loaded: Collections): Site['entry'] {
  const maps = new Map(
    COLLECTION_NAMES.map((name) => [name, new Map<string, CollectionEntry<CollectionName>>(loaded[name].map((entry) => [entry.id, entry]))]),
  );
  return <K extends CollectionName>(collection: K, id: string) => {
    const found = maps.get(collection)?.get(id);
    if (!found) throw new Error(`${collection} “${id}” 不存在(no such entry)`);
    return found as CollectionEntry<K>;
  };
}

async function load(): Promise<Site> {
  const loaded = Object.fromEntries(await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await getCollection(name)] as const))) as Collections;

  const all: LoadedEntry[] = COLLECTION_NAMES.flatMap((name) =>
    loaded[name].map((entry) => ({ id: entry.id, collection: name, filePath: entry.filePath, data: entry.data })),
  );
  // `npm run build` has made these checks already, with lines and labels (scripts/content-check.ts);
  // they are repeated here for builds started otherwise (astro build, astro dev).
  const available = (collection: string) => all.filter((entry) => entry.collection === collection).map((entry) => entry.id);
  const problems = [
    ...danglingReferenceProblems(findDanglingReferences(all), {
      available,
      collectionLabel: (collection) => (collection in REGISTRY ? REGISTRY[collection as CollectionName].cms.labelSingular : collection),
      fieldLabel: (file, path) => {
        const collection = all.find((entry) => entry.filePath === file)?.collection;
        return collection ? labelPath(SCHEMAS[collection as CollectionName], path) : undefined;
      },
    }),
    ...findDuplicateKeys(all),
    ...(await uploadProblems(
      COLLECTION_NAMES.flatMap((name) =>
        loaded[name].map((entry) => ({ collection: name, id: entry.id, filePath: entry.filePath, data: entry.data, body: entry.body })),
      ),
      SCHEMAS,
    )),
  ];
  if (problems.length)
    throw new AstroError(formatProblems(problems), '`npm run content:check` 列出同样的问题,并给出行号(lists the same problems with their lines)');

  const entry = lookups(loaded);
  const venue = (id: string) => entry('venues', id);
  const communityOfVenue = (venueId: string) => venue(venueId).data.community.id;
  const events = siteEvents((collection) => loaded[collection], communityOfVenue);

  const community = (id: string) => entry('communities', id);
  const placeOf = (event: SiteEvent) => {
    if (event.venue) return { name: venue(event.venue).data.name, address: venue(event.venue).data.address };
    if (event.communities.length !== 1) return undefined;
    const { name, address } = community(event.communities[0]!).data;
    return { name, address };
  };
  const now = buildNow();
  const byUid = new Map(events.map((event) => [event.uid, event]));
  return {
    ...loaded,
    now,
    events,
    urgent: activeUrgentNotices(loaded.notices, now),
    community,
    venue,
    placeOf,
    entry,
    notice: (id) => entry('notices', id),
    eventsOf: indexed(events, (event) => event.path),
    event: (uid) => byUid.get(uid),
    replacing: indexed(loaded.notices, (notice) => notice.data.replacedBy?.id),
  };
}

let cached: Promise<Site> | undefined;

/** The whole site's content, loaded and checked once per build. */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) return load(); // editors expect a saved change to show on reload
  cached ??= load();
  return cached;
}
