/**
 * The calendar's state in its URL (?type=performance,match&community=liukai&month=2026-12&view=list,
 * or ?date=2026-12-07&view=week), so that a filtered calendar can be linked, bookmarked, shared and
 * reloaded where it was.
 */
import { EVENT_TYPES, type EventType } from './event-types.ts';
import { shanghaiMonth } from './dates.ts';

export const CALENDAR_VIEWS = { month: 'dayGridMonth', week: 'timeGridWeek', list: 'listMonth' } as const;
export type CalendarView = keyof typeof CALENDAR_VIEWS;

/** `type=none`: every type unticked (an empty calendar, not all five again). */
export const NO_TYPES = 'none';

export interface CalendarQuery {
  /** the types shown: all of EVENT_TYPES when the URL names none, [] for `type=none` */
  types: EventType[];
  community?: string | undefined;
  /** "2026-12": the month shown (month and list views; older links for every view) */
  month?: string | undefined;
  /** "2026-12-07": the first day shown (week view: the Monday), so a reload stays on that week */
  date?: string | undefined;
  view?: CalendarView | undefined;
}

const isMonth = (text: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
const isDate = (text: string) => {
  if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(text)) return false;
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
};

export function readCalendarQuery(search: string): CalendarQuery {
  const params = new URLSearchParams(search);
  const typeParam = params.get('type');
  const types = typeParam === NO_TYPES ? [] : typeParam ? EVENT_TYPES.filter((type) => typeParam.split(',').includes(type)) : [...EVENT_TYPES];
  const month = params.get('month') ?? undefined;
  const date = params.get('date') ?? undefined;
  const view = params.get('view') ?? undefined;
  return {
    // a type= that names no known type shows everything rather than nothing
    types: typeParam && typeParam !== NO_TYPES && types.length === 0 ? [...EVENT_TYPES] : types,
    community: params.get('community') || undefined,
    month: month && isMonth(month) ? month : undefined,
    date: date && isDate(date) ? date : undefined,
    view: view && view in CALENDAR_VIEWS ? (view as CalendarView) : undefined,
  };
}

export function writeCalendarQuery(query: CalendarQuery): string {
  const params = new URLSearchParams();
  if (query.types.length === 0) params.set('type', NO_TYPES);
  else if (query.types.length < EVENT_TYPES.length) params.set('type', EVENT_TYPES.filter((type) => query.types.includes(type)).join(','));
  if (query.community) params.set('community', query.community);
  if (query.date) params.set('date', query.date);
  else if (query.month) params.set('month', query.month);
  if (query.view) params.set('view', query.view);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** The day the calendar opens on: the date, else the first of the month, else today. */
export function initialDate(query: CalendarQuery): string | undefined {
  return query.date ?? (query.month ? `${query.month}-01` : undefined);
}

/** The "YYYY-MM" months (Beijing time) that [start, end) touches. */
export function monthsBetween(start: Date, end: Date): string[] {
  const months: string[] = [];
  const last = shanghaiMonth(new Date(end.getTime() - 1));
  let [year, month] = shanghaiMonth(start).split('-').map(Number) as [number, number];
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}
