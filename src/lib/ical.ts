/**
 * iCalendar (RFC 5545) feeds for calendar apps, written by ical-generator.
 *
 * Times are written in Beijing wall-clock time with `TZID=Asia/Shanghai`, and the calendar carries
 * that zone's VTIMEZONE (UTC+8 all year: China has had no daylight-saving time since 1991), so a
 * weekly class's `RRULE:…;BYDAY=SA` means Saturday where the class is held. (Written as UTC
 * instants, a 07:00 Saturday class starts on Friday 23:00 UTC and an app expanding BYDAY=SA in UTC
 * puts it on the wrong day.) `EXDATE`s use the same zone; `UNTIL` is UTC, as RFC 5545 requires.
 * Cancelled events stay in the feed with STATUS:CANCELLED so that subscribers see the change.
 */
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
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

const WEEKDAYS = {
  mon: ICalWeekday.MO,
  tue: ICalWeekday.TU,
  wed: ICalWeekday.WE,
  thu: ICalWeekday.TH,
  fri: ICalWeekday.FR,
  sat: ICalWeekday.SA,
  sun: ICalWeekday.SU,
};

/** Asia/Shanghai as a VTIMEZONE: one STANDARD rule, UTC+8 (no daylight-saving time since 1991). */
export const SHANGHAI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${SITE_TIME_ZONE}`,
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** An instant, for ical-generator to write as Beijing wall-clock time (it would read a Date in the machine's zone). */
const instant = (date: Date) => Temporal.Instant.fromEpochMilliseconds(date.getTime());

/** What a calendar app shows as the event's title: a cancelled or postponed event says so first. */
export interface FeedLabels {
  cancelled: string;
  postponed: string;
}

export interface FeedOptions {
  /** Calendar name shown by the app, e.g. "川汇社区 · 演出" */
  name: string;
  /** Absolute site address, for event URLs (not for UIDs: see UID_NAMESPACE) */
  site: URL;
  /** DTSTAMP of every event: the build time, so that a rebuild without changes is byte-identical */
  stamp: Date;
  /** Where the event takes place, in words */
  location: (event: SiteEvent) => string | undefined;
  /** "[已取消]", "[延期]" */
  labels: FeedLabels;
  /** When the event's source entry last changed (see sequenceOf); undefined when unknown */
  revised?: ((event: SiteEvent) => Date | undefined) | undefined;
}

/** SEQUENCE counts from this moment, in minutes. */
const SEQUENCE_EPOCH = Date.parse('2026-01-01T00:00:00+08:00');

/**
 * RFC 5545's SEQUENCE must grow whenever an event is changed in a way a subscriber should see.
 * The site keeps no counter between builds, so it is derived from the last time the event's
 * source file was committed (src/lib/revisions.ts): whole minutes since 2026-01-01 (Beijing).
 * Commits only move forward, so it never decreases; an edit that does not touch the event (a
 * typo in the body) raises it too, which merely makes an app refresh an unchanged event. Without
 * a history (a copy outside git, an uncommitted file) it is 0.
 */
export function sequenceOf(revised: Date | undefined): number {
  if (!revised) return 0;
  return Math.max(0, Math.floor((revised.getTime() - SEQUENCE_EPOCH) / 60_000));
}

/** STATUS: a postponed event that has its new date (previousStart known) is confirmed at that date. */
function statusOf(event: SiteEvent): ICalEventStatus {
  if (event.status === 'cancelled') return ICalEventStatus.CANCELLED;
  if (event.status === 'postponed' && !event.previousStart) return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

export function feedTitle(event: SiteEvent, labels: FeedLabels): string {
  if (event.status === 'cancelled') return `${labels.cancelled} ${event.title}`;
  if (event.status === 'postponed') return `${labels.postponed} ${event.title}`;
  return event.title;
}

export function calendarFeed(events: readonly SiteEvent[], options: FeedOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'chuanhui', product: 'community-site', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: ical-generator would then write DTSTAMP, UNTIL and LAST-MODIFIED in
    // it (they must be UTC). The events carry the zone; the generator writes its VTIMEZONE once.
    timezone: { name: null, generator: (zone) => (zone === SITE_TIME_ZONE ? SHANGHAI_VTIMEZONE : null) },
    url: options.site.href,
    ttl: 60 * 60 * 6,
  });
  for (const event of events) {
    const url = new URL(event.path, options.site).href;
    const revised = options.revised?.(event);
    const item = calendar.createEvent({
      id: `${event.uid}@${UID_NAMESPACE}`,
      summary: feedTitle(event, options.labels),
      start: instant(event.start),
      end: instant(event.end ?? new Date(event.start.getTime() + 60 * 60_000)),
      timezone: SITE_TIME_ZONE,
      stamp: options.stamp,
      sequence: sequenceOf(revised),
      ...(revised ? { lastModified: revised } : {}),
      url,
      description: [event.description, url].filter(Boolean).join('\n\n'),
      location: options.location(event) ?? null,
      status: statusOf(event),
    });
    if (event.recurrence) {
      item.repeating({
        freq: ICalEventRepeatingFreq.WEEKLY,
        byDay: [WEEKDAYS[event.recurrence.weekday]],
        until: event.recurrence.until,
        ...(event.recurrence.exdates.length ? { exclude: event.recurrence.exdates.map(instant) } : {}),
      });
    }
  }
  // X-WR-TIMEZONE (the zone apps such as Google Calendar show the feed in) among the calendar's
  // own properties, before any component; and RFC 5545's CRLF after every line, END:VCALENDAR included.
  return `${calendar.toString().replace(/^(BEGIN:VTIMEZONE|BEGIN:VEVENT|END:VCALENDAR)/m, `X-WR-TIMEZONE:${SITE_TIME_ZONE}\r\n$1`)}\r\n`;
}
