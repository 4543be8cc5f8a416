import type { APIContext } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { calendarMonths, monthItems } from '../../../lib/calendar-data.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  return calendarMonths(site.events, site.now).map((month) => ({ params: { month } }));
}

export async function GET({ params }: APIContext) {
  const site = await loadSite();
  const venueName = (id: string) => {
    const venue = site.venue(id).data;
    return { name: venue.name, nameEn: venue.en?.title };
  };
  return new Response(JSON.stringify(monthItems(site.events, params['month']!, venueName)), { headers: { 'content-type': 'application/json' } });
}
