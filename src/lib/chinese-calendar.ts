/**
 * The Chinese calendar, from the npm package `chinese-days` (a kept data library): public holidays
 * and adjusted working days (调休) as the State Council announces them each year, the 24 节气 and
 * 农历 dates. Updating the data = bumping `chinese-days` (see README, "Holidays and 节气").
 *
 * Build time only. `chinese-days` reads dates in the machine's time zone, and its results move by
 * a day in zones west of UTC (a New York build put 国庆节 on 30 September and 寒露 two days early),
 * so every call here runs with the process zone set to UTC for the duration of that synchronous
 * call, where the package is correct; dates go in and come out as "YYYY-MM-DD" strings.
 */
import chineseDays from 'chinese-days';
import type { DayMark, MonthMarks } from './day-marks.ts';

function inUtc<T>(compute: () => T): T {
  const previous = process.env['TZ'];
  if (previous === 'UTC') return compute();
  process.env['TZ'] = 'UTC';
  try {
    return compute();
  } finally {
    if (previous === undefined) delete process.env['TZ'];
    else process.env['TZ'] = previous;
  }
}

const TERMS_EN: Record<string, string> = {
  立春: 'Start of Spring', 雨水: 'Rain Water', 惊蛰: 'Awakening of Insects', 春分: 'Spring Equinox', 清明: 'Pure Brightness', 谷雨: 'Grain Rain',
  立夏: 'Start of Summer', 小满: 'Grain Buds', 芒种: 'Grain in Ear', 夏至: 'Summer Solstice', 小暑: 'Minor Heat', 大暑: 'Major Heat',
  立秋: 'Start of Autumn', 处暑: 'End of Heat', 白露: 'White Dew', 秋分: 'Autumn Equinox', 寒露: 'Cold Dew', 霜降: 'Frost Descent',
  立冬: 'Start of Winter', 小雪: 'Minor Snow', 大雪: 'Major Snow', 冬至: 'Winter Solstice', 小寒: 'Minor Cold', 大寒: 'Major Cold',
};

/** "National Day,国庆节,3" → the two names; undefined for an ordinary day ("Thursday"). */
function holidayNames(name: string): { zh: string; en: string } | undefined {
  const [en, zh] = name.split(',');
  return zh && en ? { zh, en } : undefined;
}

export function dayMark(date: string): DayMark {
  return inUtc(() => {
    const detail = chineseDays.getDayDetail(date);
    const lunar = chineseDays.getLunarDate(date);
    const term = chineseDays.getSolarTerms(date)[0];
    const names = holidayNames(detail.name);
    const mark: DayMark = {
      lunar: lunar.lunarDay === 1 ? `${lunar.isLeap ? '闰' : ''}${lunar.lunarMonCN}` : lunar.lunarDayCN,
      lunarEn: `${lunar.isLeap ? 'leap ' : ''}${lunar.lunarMon}/${lunar.lunarDay}`,
    };
    if (term?.date === date) Object.assign(mark, { term: term.name, termEn: TERMS_EN[term.name] ?? term.name });
    if (names) Object.assign(mark, { holiday: names.zh, holidayEn: names.en }, detail.work ? { work: true } : { off: true });
    return mark;
  });
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
    const mark = inUtc(() => chineseDays.getDayDetail(date));
    if (!mark.work && holidayNames(mark.name)) days.push(date);
  }
  return days;
}
