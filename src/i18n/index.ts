import { zhCN } from './zh-CN.ts';
import { en } from './en.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type UiKey = keyof typeof zhCN;

const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zhCN, en };

/** The one way to get a UI string. `{name}` placeholders are filled from `params`. */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Binds `t` to one locale for a page. */
export function translator(locale: Locale) {
  return (key: UiKey, params?: Record<string, string | number>) => t(locale, key, params);
}

/** Chinese lives at the root, English under /en/. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === 'en' ? `/en${clean}` : clean;
}

/** The `lang` route parameter: undefined for Chinese (root), "en" for English. */
export function localeFromParam(param: string | undefined): Locale {
  return param === 'en' ? 'en' : 'zh-CN';
}

export const localeParams = LOCALES.map((locale) => ({ lang: locale === 'en' ? 'en' : undefined }));

/** getStaticPaths of a page built once per language and nothing else. */
export function localeStaticPaths() {
  return localeParams.map((params) => ({ params }));
}

/**
 * getStaticPaths of a page per entry and language: /<…>/<id>/ and /en/<…>/<id>/, with the entry
 * as the prop `name` (e.g. `localeEntryPaths('venue', site.venues)` → Astro.props.venue).
 */
export function localeEntryPaths<K extends string, T extends { id: string }>(name: K, entries: readonly T[]) {
  return localeParams.flatMap(({ lang }) => entries.map((entry) => ({ params: { lang, id: entry.id }, props: { [name]: entry } as Record<K, T> })));
}

const ENGLISH_ROOT = /^\/en(\/|$)/;

/** The language of a page by its path: English under /en/, Chinese elsewhere. */
export function localeOfPath(pathname: string): Locale {
  return ENGLISH_ROOT.test(pathname) ? 'en' : 'zh-CN';
}

/** The same page in the other language. */
export function alternatePath(locale: Locale, pathname: string): string {
  return locale === 'en' ? pathname.replace(ENGLISH_ROOT, '/') : `/en${pathname}`;
}

/**
 * hreflang links of a page that exists in both languages: itself, its translation, and
 * x-default (the Chinese page, for readers of any other language). Absolute, as search engines
 * require; the sitemap lists the same set.
 */
export function alternateLinks(locale: Locale, pathname: string, site: URL): { hreflang: Locale | 'x-default'; href: string }[] {
  const chinese = locale === 'zh-CN' ? pathname : alternatePath(locale, pathname);
  const english = locale === 'en' ? pathname : alternatePath(locale, pathname);
  return [
    { hreflang: 'zh-CN', href: new URL(chinese, site).href },
    { hreflang: 'en', href: new URL(english, site).href },
    { hreflang: 'x-default', href: new URL(chinese, site).href },
  ];
}

/** The Chinese label of a choice, as the CMS shows it: ("category", "culture-sports") → 文化体育. */
export function choiceLabel(prefix: string, value: string): string | undefined {
  return (zhCN as Record<string, string>)[`${prefix}.${value}`];
}
