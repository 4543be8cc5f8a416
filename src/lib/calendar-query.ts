/**
 * The calendar's state in its URL (?type=performance,match&community=liukai&month=2026-12&view=list),
 * so that a filtered calendar can be linked, bookmarked and shared.
 */
import { EVENT_TYPES, type EventType } from './event-types.ts';
import { shanghaiMonth } from './dates.ts';

export const CALENDAR_VIEWS = { month: 'dayGridMonth', week: 'timeGridWeek', list: 'listMonth' } as const;
export type CalendarView = keyof typeof CALENDAR_VIEWS;

export interface CalendarQuery {
  /** empty: every type */
  types: EventType[];
  community?: string | undefined;
  /** "2026-12" */
  month?: string | undefined;
  view?: CalendarView | undefined;
}

export function readCalendarQuery(search: string): CalendarQuery {
  const params = new URLSearchParams(search);
  const types = (params.get('type') ?? '')
    .split(',')
    .filter((type): type is EventType => (EVENT_TYPES as readonly string[]).includes(type));
  const month = params.get('month') ?? undefined;
  const view = params.get('view') ?? undefined;
  return {
    types,
    community: params.get('community') || undefined,
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
    view: view && view in CALENDAR_VIEWS ? (view as CalendarView) : undefined,
  };
}

export function writeCalendarQuery(query: CalendarQuery): string {
  const params = new URLSearchParams();
  if (query.types.length && query.types.length < EVENT_TYPES.length) params.set('type', query.types.join(','));
  if (query.community) params.set('community', query.community);
  if (query.month) params.set('month', query.month);
  if (query.view) params.set('view', query.view);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
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
