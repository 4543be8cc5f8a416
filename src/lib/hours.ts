/** Opening hours: grouping days for display, and which day of the week it is in Beijing. */
import type { Weekday } from './recurrence.ts';

export const WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The Beijing weekday of an instant. */
export function shanghaiWeekday(date: Date): Weekday {
  return WEEK[(new Date(date.getTime() + 8 * 3600_000).getUTCDay() + 6) % 7]!;
}

export interface Opening {
  days: readonly Weekday[];
  opens: string;
  closes: string;
}

/** Each day of the week with its opening times (empty when closed), Monday first. */
export function hoursByDay(hours: readonly Opening[]): { day: Weekday; times: string[] }[] {
  return WEEK.map((day) => ({ day, times: hours.filter((h) => h.days.includes(day)).map((h) => `${h.opens}–${h.closes}`) }));
}
