/** schema.org `Event` data for an event page, so that search engines and assistants can read it. */
import type { SiteEvent } from './events.ts';
import { toShanghaiIso } from './dates.ts';

const STATUS = { scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled' } as const;

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
    eventStatus: `https://schema.org/${STATUS[event.status]}`,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(place ? { location: { '@type': 'Place', name: place.name, address: { '@type': 'PostalAddress', streetAddress: place.address, addressLocality: '周口市', addressRegion: '河南省', addressCountry: 'CN' } } } : {}),
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
