/**
 * Words added to a page's search index so that residents find it the way they type (issue 21):
 * on the Chinese site, the pinyin of the page's title (words joined, and initials: 乒乓球 →
 * "pingpangqiu", "ppq"); on the English site, the other names of the same thing (ping pong ↔
 * table tennis). They are indexed with a lower weight than the page's own text, so a Chinese
 * query ranks as it did.
 *
 * Words and their readings come from src/lib/pinyin-words.ts.
 */
import { hanWords } from './pinyin-words.ts';

/** Adjacent words are joined up to this many characters: 川|汇|区 → "chuanhuiqu", 图书|馆 → "tushuguan". */
const JOINED_CHARS = 4;
/** Initials are indexed for runs of at least this many characters (ppq, tsg; not "sk", "ds"). */
const INITIALS_FROM = 3;

/**
 * The pinyin terms of a Chinese text: every word of two or more characters, and every run of
 * adjacent words up to four characters, joined ("tushu", "tushuguan"), and the initials of runs
 * of three or more ("tsg"). Single syllables are not indexed (they are most of the index's
 * growth); a spaced query ("ping pang") is searched joined instead (`pinyinQuery` in
 * src/lib/search-suggest.ts), and Pagefind
 * matches it as the beginning of "pingpangqiu".
 */
export function pinyinTerms(text: string): string[] {
  const terms = new Set<string>();
  const words = hanWords(text);
  words.forEach((word, i) => {
    if (!word) return;
    let group: string[] = [];
    for (let j = i; j < words.length && words[j]; j++) {
      if (j > i && group.length + words[j]!.length > JOINED_CHARS) break;
      group = [...group, ...words[j]!];
      if (group.length < 2) continue;
      terms.add(group.join(''));
      if (group.length >= INITIALS_FROM) terms.add(group.map((s) => s[0]).join(''));
    }
  });
  return [...terms];
}

/**
 * Other names of the same thing, for the English index. One list: a page that says any of a
 * group's names is found by all of them.
 */
export const ENGLISH_SYNONYMS: readonly (readonly string[])[] = [
  ['table tennis', 'ping pong', 'pingpong'],
  ['3x3', 'three-a-side', '3-on-3', 'three on three'],
  ['5-a-side', 'five-a-side', 'futsal'],
  ['air volleyball', 'qipaiqiu'],
  ['library', 'reading room', 'books'],
  ['lecture', 'talk', 'class'],
  ['legal aid', 'lawyer', 'law'],
  ['subsistence allowance', 'dibao', 'welfare'],
  ['job fair', 'employment', 'jobs'],
  ['water outage', 'water cut', 'no water'],
  ['heating', 'radiators'],
];

/** The names of `text`'s synonym groups it does not already say. */
export function synonymTerms(text: string): string[] {
  const lower = text.toLowerCase();
  const terms = new Set<string>();
  for (const group of ENGLISH_SYNONYMS) {
    if (group.some((name) => lower.includes(name))) for (const name of group) if (!lower.includes(name)) terms.add(name);
  }
  return [...terms];
}
