/**
 * The Chinese calendar, from the npm package `chinese-days` (a kept data library): public holidays
 * and adjusted working days (调休) as the State Council announces them each year, the 24 节气 and
 * 农历 dates. Updating the data = bumping `chinese-days` (see README, "Holidays and 节气").
 *
 * Build time only. `chinese-days` reads dates in the machine's time zone and measures days
 * from 1900 in milliseconds, so in zones west of UTC its answers move by a day (a New York build
 * put 国庆节 on 30 September and 寒露 two days early; a date at local noon fixes New York and
 * breaks UTC+14). It is therefore run in a child Node process whose zone is UTC, where it is
 * right, once per year the build asks about; dates go in and come out as "YYYY-MM-DD" strings.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DayMark, MonthMarks } from './day-marks.ts';

/** What the child process answers for each day of a year. */
interface RawDay {
  /** getDayDetail: "National Day,国庆节,3" on holidays and their working days, a weekday name otherwise */
  name: string;
  work: boolean;
  lunarMon: number;
  lunarDay: number;
  lunarMonCN: string;
  lunarDayCN: string;
  isLeap: boolean;
  term?: string;
}

const CHILD = `
import cd from 'chinese-days';
const year = Number(process.argv[1]);
const out = {};
for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86400000) {
  const date = new Date(t).toISOString().slice(0, 10);
  const detail = cd.getDayDetail(date);
  const lunar = cd.getLunarDate(date);
  const term = cd.getSolarTerms(date).find((found) => found.date === date);
  out[date] = { name: detail.name, work: detail.work, lunarMon: lunar.lunarMon, lunarDay: lunar.lunarDay, lunarMonCN: lunar.lunarMonCN, lunarDayCN: lunar.lunarDayCN, isLeap: lunar.isLeap, ...(term ? { term: term.name } : {}) };
}
process.stdout.write(JSON.stringify(out));
`;

const years = new Map<number, Record<string, RawDay>>();

/**
 * A year's answers depend only on the year and the package's version, and each child process costs
 * about half a second, several per build: they are kept in node_modules/.cache, per version.
 */
function cacheFile(year: number): string | undefined {
  try {
    const { version } = createRequire(import.meta.url)('chinese-days/package.json') as { version: string };
    return join(process.cwd(), 'node_modules', '.cache', 'chuanhui-chinese-days', version, `${year}.json`);
  } catch {
    return undefined;
  }
}

function computeYear(year: number): Record<string, RawDay> {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, String(year)], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as Record<string, RawDay>;
}

function rawYear(year: number): Record<string, RawDay> {
  let found = years.get(year);
  if (found) return found;
  const file = cacheFile(year);
  try {
    found = file ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, RawDay>) : undefined;
  } catch {
    found = undefined; // not computed yet (or unreadable): computed again
  }
  if (!found) {
    found = computeYear(year);
    if (file) {
      try {
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(`${file}.${process.pid}`, JSON.stringify(found));
        renameSync(`${file}.${process.pid}`, file);
      } catch {
        // not kept: the next build computes the year again
      }
    }
  }
  years.set(year, found);
  return found;
}

const rawDay = (date: string): RawDay => {
  const day = rawYear(Number(date.slice(0, 4)))[date];
  if (!day) throw new Error(`no calendar data for ${date}`);
  return day;
};

const TERMS_EN: Record<string, string> = {
  立春: 'Start of Spring',
  雨水: 'Rain Water',
  惊蛰: 'Awakening of Insects',
  春分: 'Spring Equinox',
  清明: 'Pure Brightness',
  谷雨: 'Grain Rain',
  立夏: 'Start of Summer',
  小满: 'Grain Buds',
  芒种: 'Grain in Ear',
  夏至: 'Summer Solstice',
  小暑: 'Minor Heat',
  大暑: 'Major Heat',
  立秋: 'Start of Autumn',
  处暑: 'End of Heat',
  白露: 'White Dew',
  秋分: 'Autumn Equinox',
  寒露: 'Cold Dew',
  霜降: 'Frost Descent',
  立冬: 'Start of Winter',
  小雪: 'Minor Snow',
  大雪: 'Major Snow',
  冬至: 'Winter Solstice',
  小寒: 'Minor Cold',
  大寒: 'Major Cold',
};

/** "National Day,国庆节,3" → the two names; undefined for an ordinary day ("Thursday"). */
function holidayNames(name: string): { zh: string; en: string } | undefined {
  const [en, zh] = name.split(',');
  return zh && en ? { zh, en } : undefined;
}

export function dayMark(date: string): DayMark {
  const day = rawDay(date);
  const names = holidayNames(day.name);
  const mark: DayMark = {
    lunar: day.lunarDay === 1 ? `${day.isLeap ? '闰' : ''}${day.lunarMonCN}` : day.lunarDayCN,
    lunarEn: `${day.isLeap ? 'leap ' : ''}${day.lunarMon}/${day.lunarDay}`,
  };
  if (day.term) Object.assign(mark, { term: day.term, termEn: TERMS_EN[day.term] ?? day.term });
  if (names) Object.assign(mark, { holiday: names.zh, holidayEn: names.en }, day.work ? { work: true } : { off: true });
  return mark;
}

const addDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Every day of a "YYYY-MM" month, by date. */
export function monthMarks(month: string): MonthMarks {
  const marks: MonthMarks = {};
  for (let date = `${month}-01`; date.startsWith(month); date = addDay(date)) marks[date] = dayMark(date);
  return marks;
}

/** The days off of public holidays (not ordinary weekends, not 调休 working days) in [from, until], "YYYY-MM-DD". */
export function publicHolidays(from: string, until: string): string[] {
  const days: string[] = [];
  for (let date = from; date <= until; date = addDay(date)) {
    const day = rawDay(date);
    if (!day.work && holidayNames(day.name)) days.push(date);
  }
  return days;
}
