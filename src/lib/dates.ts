/**
 * Dates and times for the site. Every date-time in content is Beijing time (Asia/Shanghai),
 * whatever the zone of the machine that builds the site. China has had no daylight-saving
 * time since 1991, so Beijing time is a fixed UTC+8 and parsing needs no zone database;
 * formatting still goes through Intl with an explicit timeZone.
 */
export const SITE_TIME_ZONE = 'Asia/Shanghai';
const OFFSET = '+08:00';

const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Reads "2026-12-05", "2026-12-05 19:30" or "2026-12-05T19:30:00" as Beijing time.
 * Returns null when the text is not a real date and time (2026-13-40, 25:00…).
 */
export function parseShanghaiDateTime(text: string): Date | null {
  const match = DATE_TIME_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = match;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${OFFSET}`);
}

/** Reads "2026-12-05" as a calendar date; null when it is not a real date. */
export function parseLocalDate(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  return match[0];
}

/**
 * YAML turns an unquoted 2026-12-05 into a Date at UTC midnight. Recover the written date
 * from it; a YAML timestamp with a time of day is refused (returns null), because YAML reads it
 * as UTC and the editor meant Beijing time.
 */
export function dateFromYamlDate(value: Date): string | null {
  if (Number.isNaN(value.getTime())) return null;
  if (value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds() || value.getUTCMilliseconds()) {
    return null;
  }
  return value.toISOString().slice(0, 10);
}

type Locale = 'zh-CN' | 'en';

const FORMATS = {
  date: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' },
  time: { hour: '2-digit', minute: '2-digit', hour12: false },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Creating an Intl.DateTimeFormat costs far more than using one; a build formats dates for every page.
const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(date: Date, locale: Locale, format: keyof typeof FORMATS): string {
  const key = `${locale} ${format}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: SITE_TIME_ZONE, ...FORMATS[format] });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

/** The Beijing date with its weekday: 2026年12月5日周六 / Sat, 5 December 2026. */
export function formatDate(date: Date, locale: Locale): string {
  return parts(date, locale, 'date');
}

/** 19:30 (24-hour clock in both languages, as on Chinese notices). */
export function formatTime(date: Date, locale: Locale): string {
  return parts(date, locale, 'time');
}

/** The Beijing date and time: 2026年12月5日周六 19:30 / Sat, 5 December 2026 19:30. */
export function formatDateTime(date: Date, locale: Locale): string {
  return `${formatDate(date, locale)} ${formatTime(date, locale)}`;
}

/** "2026-12-05T19:30:00+08:00": an instant in Beijing time, for machine-readable attributes. */
export function toShanghaiIso(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, OFFSET);
}

/** "2026-12-05 19:30": an instant as the CMS writes date-times (Beijing time, to the minute). */
export function shanghaiMinute(date: Date): string {
  return toShanghaiIso(date).slice(0, 16).replace('T', ' ');
}

/** The Beijing calendar day of an instant, as "2026-12-05". */
export function shanghaiDay(date: Date): string {
  return toShanghaiIso(date).slice(0, 10);
}

/** The Beijing calendar month of an instant, as "2026-12". */
export function shanghaiMonth(date: Date): string {
  return toShanghaiIso(date).slice(0, 7);
}

/** A calendar date written "2026-12-05", as formatDate shows it: 2026年12月5日周六 / Sat, 5 December 2026. */
export function formatLocalDate(day: string, locale: Locale): string {
  return formatDate(new Date(`${day}T12:00:00${OFFSET}`), locale);
}

/** Monday 00:00 to the next Monday 00:00 (Beijing time) of the week that holds `now`. */
export function shanghaiWeek(now: Date): { start: Date; end: Date } {
  const today = new Date(`${shanghaiDay(now)}T00:00:00${OFFSET}`);
  const weekday = (new Date(today.getTime() + 8 * 3600_000).getUTCDay() + 6) % 7; // Monday = 0
  const start = new Date(today.getTime() - weekday * 86_400_000);
  return { start, end: new Date(start.getTime() + 7 * 86_400_000) };
}
