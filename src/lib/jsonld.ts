/** schema.org `Event` data for an event page, so that search engines and assistants can read it. */
import type { SiteEvent } from './events.ts';
import { toShanghaiIso } from './dates.ts';

const STATUS = { scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled' } as const;
const DAYS = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' } as const;

/** schema.org's status: a postponed event that already has its new date is EventRescheduled (with previousStartDate). */
function status(event: SiteEvent) {
  if (event.status === 'postponed' && event.previousStart)
    return { eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: toShanghaiIso(event.previousStart) };
  return { eventStatus: `https://schema.org/${STATUS[event.status]}` };
}

/** A weekly class: schema.org's Schedule (every week on its day, from … until, except …). */
function schedule(event: SiteEvent) {
  const rule = event.recurrence;
  if (!rule) return {};
  const minutes = event.end ? Math.round((event.end.getTime() - event.start.getTime()) / 60_000) : undefined;
  return {
    eventSchedule: {
      '@type': 'Schedule',
      repeatFrequency: 'P1W',
      byDay: `https://schema.org/${DAYS[rule.weekday]}`,
      startDate: toShanghaiIso(rule.start).slice(0, 10),
      endDate: toShanghaiIso(rule.until).slice(0, 10),
      startTime: toShanghaiIso(rule.start).slice(11, 19),
      ...(minutes ? { duration: `PT${minutes}M` } : {}),
      ...(rule.exdates.length ? { exceptDate: rule.exdates.map((d) => toShanghaiIso(d).slice(0, 10)) } : {}),
      scheduleTimezone: 'Asia/Shanghai',
    },
  };
}

export interface Place {
  name: string;
  address: string;
}

export function eventJsonLd(event: SiteEvent, url: URL, place: Place | undefined, organizer: string, free = true) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: toShanghaiIso(event.start),
    ...(event.end ? { endDate: toShanghaiIso(event.end) } : {}),
    ...status(event),
    ...schedule(event),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(place
      ? {
          location: {
            '@type': 'Place',
            name: place.name,
            address: { '@type': 'PostalAddress', streetAddress: place.address, addressLocality: '周口市', addressRegion: '河南省', addressCountry: 'CN' },
          },
        }
      : {}),
    organizer: { '@type': 'Organization', name: organizer, url: new URL('/', url).href },
    isAccessibleForFree: free,
    inLanguage: 'zh-CN',
    url: url.href,
  };
}

/** JSON for a <script type="application/ld+json"> element: "<" escaped so content cannot close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
