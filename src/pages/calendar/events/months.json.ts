/** The months that have a file in /calendar/events/: the calendar fetches only these (no 404s). */
import { loadSite } from '../../../data/site.ts';
import { calendarMonths } from '../../../lib/calendar-data.ts';

export async function GET() {
  const site = await loadSite();
  return new Response(JSON.stringify({ months: calendarMonths(site.events, site.now) }), { headers: { 'content-type': 'application/json' } });
}
