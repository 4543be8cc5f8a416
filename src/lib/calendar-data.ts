/**
 * The calendar's data files: one JSON file per month (Beijing time), fetched by the calendar
 * as the reader moves from month to month, so no page ever downloads every event.
 */
import { shanghaiMonth, toShanghaiIso } from './dates.ts';
import { lastStart, occurrencesBetween, type EventType, type EventStatus, type SiteEvent } from './events.ts';

/** One event as the calendar island receives it. Paths have no language prefix. */
export interface CalendarItem {
  id: string;
  type: EventType;
  title: string;
  titleEn?: string;
  start: string;
  end?: string;
  status: EventStatus;
  venue?: { name: string; nameEn?: string };
  communities: string[];
  path: string;
}

const monthStart = (month: string) => new Date(`${month}-01T00:00:00+08:00`);

export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from the first event's to the last one's, so the calendar never meets a gap. */
export function calendarMonths(events: readonly SiteEvent[]): string[] {
  if (!events.length) return [];
  const first = shanghaiMonth(new Date(Math.min(...events.map((e) => e.start.getTime()))));
  const last = shanghaiMonth(new Date(Math.max(...events.map((e) => (e.end ?? lastStart(e)).getTime()))));
  const months = [first];
  while (months.at(-1)! < last) months.push(nextMonth(months.at(-1)!));
  return months;
}

export function monthItems(events: readonly SiteEvent[], month: string, venueName: (id: string) => { name: string; nameEn?: string | undefined }): CalendarItem[] {
  return occurrencesBetween(events, monthStart(month), monthStart(nextMonth(month))).map((event) => {
    const venue = event.venue ? venueName(event.venue) : undefined;
    return {
      id: event.id,
      type: event.type,
      title: event.title,
      ...(event.titleEn ? { titleEn: event.titleEn } : {}),
      start: toShanghaiIso(event.start),
      ...(event.end ? { end: toShanghaiIso(event.end) } : {}),
      status: event.status,
      ...(venue ? { venue: venue.nameEn ? { name: venue.name, nameEn: venue.nameEn } : { name: venue.name } } : {}),
      communities: event.communities,
      path: event.path,
    };
  });
}
