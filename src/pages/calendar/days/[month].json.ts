/** /calendar/days/<YYYY-MM>.json: each day's 农历, 节气 and holiday marks, for the months that have events files. */
import type { APIContext } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { calendarMonths } from '../../../lib/calendar-data.ts';
import { monthMarks } from '../../../lib/chinese-calendar.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  return calendarMonths(site.events, site.now).map((month) => ({ params: { month } }));
}

export function GET({ params }: APIContext) {
  return new Response(JSON.stringify(monthMarks(params['month']!)), { headers: { 'content-type': 'application/json' } });
}
