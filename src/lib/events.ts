/**
 * One model for every dated thing on the site. Each source (performances, notices with an
 * event time, and later fixtures, lessons and campaign activities) becomes SiteEvents;
 * the home page, community and venue pages (and the calendar) all read this list.
 */
import type { CollectionEntry } from 'astro:content';

export const EVENT_TYPES = ['performance', 'notice'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type EventStatus = 'scheduled' | 'postponed' | 'cancelled';

export interface SiteEvent {
  /** Stable across builds: source collection + entry id (+ index). */
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
}

export function eventsFromPerformances(
  performances: readonly CollectionEntry<'performances'>[],
  communityOfVenue: (venueId: string) => string | undefined,
): SiteEvent[] {
  return performances.map(({ id, data }) => {
    const community = communityOfVenue(data.venue.id);
    return {
      uid: `performance-${id}`,
      type: 'performance',
      title: data.title,
      titleEn: data.en?.title,
      start: data.start,
      end: data.end,
      venue: data.venue.id,
      communities: community ? [community] : [],
      path: `/performances/${id}/`,
      status: data.status,
    };
  });
}

export function eventsFromNotices(
  notices: readonly CollectionEntry<'notices'>[],
  communityOfVenue: (venueId: string) => string | undefined,
): SiteEvent[] {
  return notices.flatMap(({ id, data }) => {
    if (!data.event || data.status === 'repealed') return [];
    const venueCommunity = data.event.venue ? communityOfVenue(data.event.venue.id) : undefined;
    const communities = data.communities.map((c) => c.id);
    return [
      {
        uid: `notice-${id}`,
        type: 'notice' as const,
        title: data.title,
        titleEn: data.en?.title,
        start: data.event.start,
        end: data.event.end,
        venue: data.event.venue?.id,
        communities: communities.length ? communities : venueCommunity ? [venueCommunity] : [],
        path: `/notices/${id}/`,
        status: 'scheduled' as const,
      },
    ];
  });
}

export function sortByStart(events: readonly SiteEvent[]): SiteEvent[] {
  return [...events].sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}

/** Events that overlap [from, to). */
export function eventsBetween(events: readonly SiteEvent[], from: Date, to: Date): SiteEvent[] {
  return sortByStart(events.filter((event) => event.start < to && (event.end ?? event.start) >= from));
}

export function upcomingEvents(events: readonly SiteEvent[], now: Date): SiteEvent[] {
  return sortByStart(events.filter((event) => (event.end ?? event.start) >= now));
}
