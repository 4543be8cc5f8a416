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

/**
 * The months that get a file: every month of every year from the first event's to the last one's
 * (and of `now`'s year), so the calendar never meets a gap. A month without events is an empty
 * file; /calendar/events/months.json lists them all, and the calendar fetches no other month.
 */
export function calendarMonths(events: readonly SiteEvent[], now?: Date): string[] {
  const instants = events.flatMap((e) => [e.start.getTime(), (e.end ?? lastStart(e)).getTime()]);
  if (now) instants.push(now.getTime());
  if (!instants.length) return [];
  const first = `${shanghaiMonth(new Date(Math.min(...instants))).slice(0, 4)}-01`;
  const last = `${shanghaiMonth(new Date(Math.max(...instants))).slice(0, 4)}-12`;
  const months = [first];
  while (months.at(-1)! < last) months.push(nextMonth(months.at(-1)!));
  return months;
}

export function monthItems(
  events: readonly SiteEvent[],
  month: string,
  venueName: (id: string) => { name: string; nameEn?: string | undefined },
): CalendarItem[] {
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
