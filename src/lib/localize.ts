import type { Locale } from '../i18n/index.ts';

interface Translatable {
  en?: { title?: string | undefined; summary?: string | undefined } | undefined;
}

export interface LocalizedText {
  text: string;
  /** The language the text is actually in: put it on the element (`lang`), for screen readers. */
  lang: Locale;
}

/** The title/name to show in a locale: the English version where one exists, else the Chinese original. */
export function localizedTitle(data: Translatable, original: string, locale: Locale): LocalizedText {
  if (locale === 'en' && data.en?.title) return { text: data.en.title, lang: 'en' };
  return { text: original, lang: 'zh-CN' };
}

export function localizedSummary(data: Translatable & { summary?: string | undefined }, locale: Locale): LocalizedText | undefined {
  if (locale === 'en' && data.en?.summary) return { text: data.en.summary, lang: 'en' };
  return data.summary ? { text: data.summary, lang: 'zh-CN' } : undefined;
}
