/**
 * Weekly schedules (a class every Saturday at 09:00 from … until …, except holidays), in
 * Beijing time. Expanded with `rrule`, computing in "floating" time (UTC fields standing for
 * Beijing wall-clock time, as rrule's documentation recommends) and shifting by the fixed
 * UTC+8 afterwards: China has no daylight-saving time, so every occurrence is exact.
 */
import * as rrule from 'rrule';
import { parseShanghaiDateTime } from './dates.ts';
import { publicHolidays } from './chinese-calendar.ts';

// rrule ships a CommonJS bundle that Node exposes only as a default export; bundlers see the ES build.
const { RRule } = (rrule as unknown as { default?: typeof rrule }).default ?? rrule;

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const RRULE_DAYS = { mon: RRule.MO, tue: RRule.TU, wed: RRule.WE, thu: RRule.TH, fri: RRule.FR, sat: RRule.SA, sun: RRule.SU };
const WEEKDAY_INDEX: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const OFFSET_MS = 8 * 3600_000;

export interface WeeklySchedule {
  weekday: Weekday;
  /** "09:00" */
  time: string;
  /** first and last possible dates, "2026-11-07" */
  from: string;
  until: string;
  /** dates without a class */
  except: string[];
  /** no class on the days off of public holidays (src/lib/chinese-calendar.ts) */
  skipHolidays?: boolean | undefined;
}

export interface Recurrence {
  /** the first occurrence: the first `weekday` on or after `from` */
  start: Date;
  /** the last moment an occurrence may start */
  until: Date;
  weekday: Weekday;
  /** start times of the cancelled occurrences (the exception dates and, with skipHolidays, public holidays) */
  exdates: Date[];
}

function at(day: string, time: string): Date {
  const date = parseShanghaiDateTime(`${day} ${time}`);
  if (!date) throw new Error(`invalid date ${day} ${time}`);
  return date;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

export function recurrenceOf(schedule: WeeklySchedule): Recurrence {
  const fromWeekday = weekdayOf(schedule.from);
  const firstDay = addDays(schedule.from, (WEEKDAY_INDEX[schedule.weekday] - fromWeekday + 7) % 7);
  return {
    start: at(firstDay, schedule.time),
    until: at(schedule.until, schedule.time),
    weekday: schedule.weekday,
    exdates: [
      ...new Set([
        ...schedule.except,
        ...(schedule.skipHolidays ? publicHolidays(firstDay, schedule.until).filter((day) => weekdayOf(day) === WEEKDAY_INDEX[schedule.weekday]) : []),
      ]),
    ]
      .sort()
      .map((day) => at(day, schedule.time)),
  };
}

/** Every occurrence's start time in [from, to), exceptions removed. */
export function occurrences(recurrence: Recurrence, from: Date, to: Date): Date[] {
  const floating = (date: Date) => new Date(date.getTime() + OFFSET_MS);
  const rule = new RRule({
    freq: RRule.WEEKLY,
    byweekday: [RRULE_DAYS[recurrence.weekday]],
    dtstart: floating(recurrence.start),
    until: floating(recurrence.until),
  });
  const excluded = new Set(recurrence.exdates.map((d) => d.getTime()));
  return rule
    .between(floating(from), floating(to), true)
    .map((date) => new Date(date.getTime() - OFFSET_MS))
    .filter((date) => date >= from && date < to && !excluded.has(date.getTime()));
}
