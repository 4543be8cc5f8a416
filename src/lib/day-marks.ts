/**
 * What the calendar writes on a day besides its events: the 农历 day, a 节气, a public holiday or
 * an adjusted working day (调休上班). Computed at build time from `chinese-days`
 * (src/lib/chinese-calendar.ts) and published as /calendar/days/<YYYY-MM>.json beside each month's
 * events; this module holds only the shape, so the calendar island can import it alone.
 */
export interface DayMark {
  /** 农历: the day ("廿一"), or the month on its first day ("九月", "闰六月") */
  lunar: string;
  /** the same in figures for the English calendar: "8/21" (month/day) */
  lunarEn: string;
  /** 节气 on the day it begins */
  term?: string;
  termEn?: string;
  /** a public holiday's name, on each day off of it and on its adjusted working days */
  holiday?: string;
  holidayEn?: string;
  /** a day off of a public holiday (休) */
  off?: boolean;
  /** an adjusted working day (调休上班: a weekend day worked in exchange) */
  work?: boolean;
}

/** One month's marks, by Beijing date ("2026-10-01"). */
export type MonthMarks = Record<string, DayMark>;
