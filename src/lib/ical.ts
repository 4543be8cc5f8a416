/**
 * iCalendar (RFC 5545) feeds for calendar apps, written by ical-generator. Times are written
 * as UTC instants (unambiguous in every app); weekly classes carry their RRULE and EXDATEs;
 * cancelled events stay in the feed with STATUS:CANCELLED so that subscribers see the change.
 */
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday } from 'ical-generator';
import type { SiteEvent } from './events.ts';
import { SITE_TIME_ZONE } from './dates.ts';

/**
 * The right-hand side of every event's UID (RFC 5545 suggests "@" and a domain). It must never
 * change: calendar apps identify a subscribed event by its UID, so a new UID is a new event and
 * every subscriber would see each event twice. It is therefore not the site's address (which
 * SITE_URL sets, and which may be set or changed after people have subscribed) but this fixed
 * name.
 */
export const UID_NAMESPACE = 'chuanhui';

const WEEKDAYS = { mon: ICalWeekday.MO, tue: ICalWeekday.TU, wed: ICalWeekday.WE, thu: ICalWeekday.TH, fri: ICalWeekday.FR, sat: ICalWeekday.SA, sun: ICalWeekday.SU };

export interface FeedOptions {
  /** Calendar name shown by the app, e.g. "川汇社区 · 演出" */
  name: string;
  /** Absolute site address, for event URLs (not for UIDs: see UID_NAMESPACE) */
  site: URL;
  /** DTSTAMP of every event: the build time, so that a rebuild without changes is byte-identical */
  stamp: Date;
  /** Where the event takes place, in words */
  location: (event: SiteEvent) => string | undefined;
}

export function calendarFeed(events: readonly SiteEvent[], options: FeedOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'chuanhui', product: 'community-site', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: null,
    url: options.site.href,
    ttl: 60 * 60 * 6,
    x: [{ key: 'X-WR-TIMEZONE', value: SITE_TIME_ZONE }],
  });
  for (const event of events) {
    const item = calendar.createEvent({
      id: `${event.uid}@${UID_NAMESPACE}`,
      summary: event.title,
      start: event.start,
      end: event.end ?? new Date(event.start.getTime() + 60 * 60_000),
      stamp: options.stamp,
      url: new URL(event.path, options.site).href,
      location: options.location(event) ?? null,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : event.status === 'postponed' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
    if (event.recurrence) {
      item.repeating({
        freq: ICalEventRepeatingFreq.WEEKLY,
        byDay: [WEEKDAYS[event.recurrence.weekday]],
        until: event.recurrence.until,
        ...(event.recurrence.exdates.length ? { exclude: event.recurrence.exdates } : {}),
      });
    }
  }
  return calendar.toString();
}
