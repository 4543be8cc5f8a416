/** The parts of a card's date badge (month, day, weekday), in Beijing time and the page's language. */
import type { Locale } from '../i18n/index.ts';
import { SITE_TIME_ZONE } from './dates.ts';

export interface DateBadgeParts {
  month: string;
  day: string;
  weekday: string;
}

export function dateBadgeParts(date: Date, locale: Locale): DateBadgeParts {
  const part = (options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: SITE_TIME_ZONE, ...options }).formatToParts(date).find((p) => p.type === type)
      ?.value ?? '';
  return {
    month: locale === 'en' ? part({ month: 'short' }, 'month') : `${part({ month: 'numeric' }, 'month')}月`,
    day: part({ day: 'numeric' }, 'day'),
    weekday: part({ weekday: 'short' }, 'weekday'),
  };
}
