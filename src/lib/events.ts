/**
 * One model for every dated thing on the site. Each source (performances, league fixtures,
 * course lessons, campaign activities, notices with an event time) becomes SiteEvents; the
 * calendar, its feeds, the home page's "this week" and the community and venue pages all read
 * this list. Times are absolute instants; Beijing time only matters when they are shown.
 */
import { entryUrl } from './permanent-urls.ts';
import type { CollectionEntry } from 'astro:content';
import type { CollectionName } from '../registry.ts';
import { occurrences, recurrenceOf, type Recurrence } from './recurrence.ts';
import { shanghaiDay } from './dates.ts';
import { shortHash } from './short-hash.ts';

import type { EventType } from './event-types.ts';

export { EVENT_TYPES, type EventType } from './event-types.ts';
export type EventStatus = 'scheduled' | 'postponed' | 'cancelled';

export interface SiteEvent {
  /** Stable across builds and edits of the title or time: the source entry and the item in it. */
  uid: string;
  type: EventType;
  title: string;
  titleEn?: string | undefined;
  start: Date;
  end?: Date | undefined;
  venue?: string | undefined;
  communities: string[];
  /** Path of the page that describes the event, without the language prefix. */
  path: string;
  status: EventStatus;
  /** Weekly classes: one event with a rule, expanded where single dates are needed. */
  recurrence?: Recurrence | undefined;
  /** The event's own picture (a performance's poster), an uploaded image. */
  image?: { src: string; alt: string } | undefined;
  /** Why and what, in a sentence or two (a postponed show's reason and new date): DESCRIPTION in feeds. */
  description?: string | undefined;
  /** A postponed event that has its new date: the date it was first announced for. */
  previousStart?: Date | undefined;
  /** The content file the event comes from ("content/performances/….md"), to date its revisions. */
  source: string;
}

const sourceOf = (collection: string, entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? `content/${collection}/${entry.id}.md`;
const paragraphs = (...parts: (string | undefined)[]) => parts.filter((part): part is string => Boolean(part?.trim())).join('\n\n') || undefined;

type CommunityOfVenue = (venueId: string) => string | undefined;
const communitiesAt = (venue: string | undefined, communityOfVenue: CommunityOfVenue) => {
  const community = venue ? communityOfVenue(venue) : undefined;
  return community ? [community] : [];
};

export function eventsFromPerformances(performances: readonly CollectionEntry<'performances'>[], communityOfVenue: CommunityOfVenue): SiteEvent[] {
  return performances.map((entry) => {
    const { id, data } = entry;
    return {
      uid: `performance-${id}`,
      type: 'performance',
      title: data.title,
      titleEn: data.en?.title,
      start: data.start,
      end: data.end,
      venue: data.venue.id,
      communities: communitiesAt(data.venue.id, communityOfVenue),
      path: entryUrl('performances', id),
      status: data.status,
      image: data.poster,
      description: paragraphs(data.statusNote, data.summary),
      previousStart: data.status === 'postponed' ? data.previousStart : undefined,
      source: sourceOf('performances', entry),
    };
  });
}

export function eventsFromNotices(notices: readonly CollectionEntry<'notices'>[], communityOfVenue: CommunityOfVenue): SiteEvent[] {
  return notices.flatMap((entry) => {
    const { id, data } = entry;
    if (!data.event || data.status === 'repealed') return [];
    const named = data.communities.map((c) => c.id);
    return [
      {
        uid: `notice-${id}`,
        type: 'notice' as const,
        title: data.title,
        titleEn: data.en?.title,
        start: data.event.start,
        end: data.event.end,
        venue: data.event.venue?.id,
        communities: named.length ? named : communitiesAt(data.event.venue?.id, communityOfVenue),
        path: entryUrl('notices', id),
        status: 'scheduled' as const,
        description: data.summary,
        source: sourceOf('notices', entry),
      },
    ];
  });
}

/** The fixture gives only a match's start: every match is shown as lasting 90 minutes, whatever the sport. */
const MATCH_MINUTES = 90;

/** The uid of a league fixture: its round and teams, stable when it is moved to another day. */
export const matchUid = (leagueId: string, fixture: { round: string; home: string; away: string }) =>
  `match-${leagueId}-${shortHash(fixture.round)}-${fixture.home}-${fixture.away}`;

export function eventsFromLeagues(leagues: readonly CollectionEntry<'leagues'>[], communityOfVenue: CommunityOfVenue): SiteEvent[] {
  return leagues.flatMap((entry) => {
    const { id, data } = entry;
    const teamName = (teamId: string) => data.teams.find((team) => team.id === teamId)?.name ?? teamId;
    return data.fixtures.map((fixture) => {
      const home = data.teams.find((team) => team.id === fixture.home);
      const away = data.teams.find((team) => team.id === fixture.away);
      return {
        uid: matchUid(id, fixture),
        type: 'match' as const,
        title: `${data.title} ${fixture.round}:${teamName(fixture.home)} – ${teamName(fixture.away)}`,
        // Team names have no English form: the English title names them as the Chinese one does.
        titleEn: data.en?.title ? `${data.en.title}, ${fixture.round}: ${teamName(fixture.home)} – ${teamName(fixture.away)}` : undefined,
        start: fixture.time,
        end: new Date(fixture.time.getTime() + MATCH_MINUTES * 60_000),
        venue: fixture.venue.id,
        communities: [...new Set([home?.community.id, away?.community.id, communityOfVenue(fixture.venue.id)].filter((c): c is string => Boolean(c)))],
        path: entryUrl('leagues', id),
        status: 'scheduled' as const,
        description: data.summary,
        source: sourceOf('leagues', entry),
      };
    });
  });
}

/** The uid of a course's lesson (or weekly series): the page links its .ics by it. */
export const lessonUid = (courseId: string, lessonTitle: string) => `lesson-${courseId}-${shortHash(lessonTitle)}`;

export function eventsFromCourses(courses: readonly CollectionEntry<'courses'>[], communityOfVenue: CommunityOfVenue): SiteEvent[] {
  return courses.flatMap((entry) => {
    const { id, data } = entry;
    return data.lessons.map((lesson) => {
      const recurrence = lesson.weekly ? recurrenceOf(lesson.weekly) : undefined;
      const start = recurrence?.start ?? lesson.start!;
      return {
        uid: lessonUid(id, lesson.title),
        type: 'lesson' as const,
        title: `${data.title}:${lesson.title}`,
        titleEn: data.en?.title ? `${data.en.title}: ${lesson.title}` : undefined,
        start,
        end: new Date(start.getTime() + lesson.durationMinutes * 60_000),
        venue: lesson.venue.id,
        communities: communitiesAt(lesson.venue.id, communityOfVenue),
        path: entryUrl('courses', id),
        status: 'scheduled' as const,
        recurrence,
        description: paragraphs(data.summary, lesson.teacher ? `授课:${lesson.teacher}` : undefined, data.howToJoin),
        source: sourceOf('courses', entry),
      };
    });
  });
}

export function eventsFromCampaigns(campaigns: readonly CollectionEntry<'campaigns'>[], communityOfVenue: CommunityOfVenue): SiteEvent[] {
  return campaigns.flatMap((entry) => {
    const { id, data } = entry;
    return data.activities.map((activity) => ({
      uid: `activity-${id}-${shortHash(activity.title)}`,
      type: 'activity' as const,
      title: activity.title,
      titleEn: undefined,
      start: activity.start,
      end: activity.end,
      venue: activity.venue?.id,
      communities: communitiesAt(activity.venue?.id, communityOfVenue),
      path: entryUrl('campaigns', id),
      status: 'scheduled' as const,
      description: paragraphs(data.title, data.howToJoin),
      source: sourceOf('campaigns', entry),
    }));
  });
}

/** A single dated happening: an event, or one class of a weekly series. */
export interface Occurrence extends Omit<SiteEvent, 'recurrence'> {
  /** uid of the occurrence: the event's, plus the date for a class of a series */
  id: string;
}

const durationOf = (event: SiteEvent) => (event.end ? event.end.getTime() - event.start.getTime() : 0);

/** Every occurrence that overlaps [from, to), in order. Weekly classes are expanded. */
export function occurrencesBetween(events: readonly SiteEvent[], from: Date, to: Date): Occurrence[] {
  const found: Occurrence[] = [];
  for (const event of events) {
    const { recurrence, ...single } = event;
    if (!recurrence) {
      if (event.start < to && (event.end ?? event.start) >= from) found.push({ ...single, id: event.uid });
      continue;
    }
    const duration = durationOf(event);
    for (const start of occurrences(recurrence, new Date(from.getTime() - duration), to)) {
      const end = new Date(start.getTime() + duration);
      if (end < from) continue;
      // the id names the class's Beijing date (a 07:00 class is still the day before in UTC)
      found.push({ ...single, id: `${event.uid}-${shanghaiDay(start)}`, start, end });
    }
  }
  return found.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
}

/** Occurrences from `now` on, including ones under way; `limit` days ahead (default: all). */
export function upcoming(events: readonly SiteEvent[], now: Date, days = 3650): Occurrence[] {
  return occurrencesBetween(events, now, new Date(now.getTime() + days * 86_400_000));
}

/** The last start time of an event (its last class for a series). */
export function lastStart(event: SiteEvent): Date {
  if (!event.recurrence) return event.start;
  const all = occurrences(event.recurrence, event.recurrence.start, new Date(event.recurrence.until.getTime() + 1));
  return all.at(-1) ?? event.start;
}

type EventSource<K extends CollectionName> = (entries: readonly CollectionEntry<K>[], communityOfVenue: CommunityOfVenue) => SiteEvent[];

/** The collections whose entries are (or carry) dated events, and how each becomes SiteEvents. */
export const EVENT_SOURCES: { [K in CollectionName]?: EventSource<K> } = {
  performances: eventsFromPerformances,
  leagues: eventsFromLeagues,
  courses: eventsFromCourses,
  campaigns: eventsFromCampaigns,
  notices: eventsFromNotices,
};

/** Every event of the site, from each collection that has an event source. */
export function siteEvents(
  entriesOf: <K extends CollectionName>(collection: K) => readonly CollectionEntry<K>[],
  communityOfVenue: CommunityOfVenue,
): SiteEvent[] {
  const eventsOf = <K extends CollectionName>(collection: K) =>
    (EVENT_SOURCES[collection] as EventSource<K> | undefined)?.(entriesOf(collection), communityOfVenue) ?? [];
  return (Object.keys(EVENT_SOURCES) as CollectionName[]).flatMap(eventsOf);
}
