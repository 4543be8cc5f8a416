import type { Locale } from '../i18n/index.ts';

interface Translatable {
  en?: { title?: string | undefined; summary?: string | undefined } | undefined;
}

export interface LocalizedText {
  text: string;
  /** The language the text is actually in: put it on the element (`lang`), for screen readers. */
  lang: Locale;
}

/** A text to show in a locale: its English version in English where one exists, else the Chinese original. */
export function localized(original: string, english: string | undefined, locale: Locale): LocalizedText {
  return locale === 'en' && english ? { text: english, lang: 'en' } : { text: original, lang: 'zh-CN' };
}

/** An entry's title (notices, events…) or name (communities, venues, schools…) in a locale, by the same rule. */
export function localizedTitle(data: Translatable & ({ title: string } | { name: string }), locale: Locale): LocalizedText {
  return localized('title' in data ? data.title : data.name, data.en?.title, locale);
}

export function localizedSummary(data: Translatable & { summary?: string | undefined }, locale: Locale): LocalizedText | undefined {
  if (locale === 'en' && data.en?.summary) return { text: data.en.summary, lang: 'en' };
  return data.summary ? { text: data.summary, lang: 'zh-CN' } : undefined;
}
