/** Opening hours: each day of the week with its times, for display. */
import type { Weekday } from './recurrence.ts';

const WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface Opening {
  days: readonly Weekday[];
  opens: string;
  closes: string;
}

/** Each day of the week with its opening times (empty when closed), Monday first. */
export function hoursByDay(hours: readonly Opening[]): { day: Weekday; times: string[] }[] {
  return WEEK.map((day) => ({ day, times: hours.filter((h) => h.days.includes(day)).map((h) => `${h.opens}–${h.closes}`) }));
}
