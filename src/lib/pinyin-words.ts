/**
 * A Chinese text as words with their pinyin, for search terms (src/lib/search-terms.ts) and for
 * the 网址短名 the CMS fills in from a title (src/lib/slug-from-title.ts). Words come from
 * Intl.Segmenter (ICU's Chinese dictionary: 图书|馆, 乒乓球); readings from pinyin-pro, which reads
 * a polyphonic character by the word it is in (银行 yin hang, 重庆 chong qing, 长者 zhang zhe).
 */
import { pinyin } from 'pinyin-pro';
import { hasHan } from './simplified.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export interface Word {
  text: string;
  /** one toneless syllable per character for a word of Chinese characters; undefined otherwise */
  pinyin?: string[] | undefined;
}

export function words(text: string): Word[] {
  const readings = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  // pinyin-pro gives one reading per Chinese character and keeps other runs whole; spread them out.
  const perChar: string[] = [];
  let at = 0;
  for (const reading of readings) {
    const char = [...text.slice(at)][0] ?? '';
    if (hasHan(char)) {
      perChar.push(reading);
      at += char.length;
    } else {
      for (const c of reading) perChar.push(c);
      at += reading.length;
    }
  }
  const found: Word[] = [];
  let index = 0;
  for (const { segment } of segmenter.segment(text)) {
    const chars = [...segment];
    found.push({ text: segment, pinyin: chars.every((c) => hasHan(c)) ? perChar.slice(index, index + chars.length) : undefined });
    index += chars.length;
  }
  return found;
}

/** The words of a text that are Chinese, as their syllables, with null where something else breaks the run. */
export function hanWords(text: string): (string[] | null)[] {
  return words(text).map((word) => word.pinyin ?? null);
}
