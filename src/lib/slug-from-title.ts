/**
 * The 网址短名 (key) the CMS fills in when an editor leaves it empty: the title's words in pinyin,
 * joined by hyphens (冬季供暖通知 → "dongji-gongnuan-tongzhi"), with Latin letters and digits kept
 * (2026“赛克杯”… → "2026-saikebei-…"). Always a valid key (SLUG_PATTERN), at most
 * MAX_SLUG_LENGTH characters, cut at a hyphen.
 */
import { words } from './pinyin-words.ts';
import { SLUG_PATTERN } from './slugs.ts';

export const MAX_SLUG_LENGTH = 48;

export function slugFromTitle(title: string): string {
  const parts: string[] = [];
  // Characters the segmenter leaves alone (赛|克|杯, 川|汇) stay together: "saikebei", "chuanhui".
  let singles = '';
  for (const word of words(title.normalize('NFKC'))) {
    if (word.pinyin?.length === 1) {
      singles += word.pinyin[0];
      continue;
    }
    if (singles) parts.push(singles);
    singles = '';
    const part = word.pinyin ? word.pinyin.join('') : word.text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    parts.push(...part.split('-').filter(Boolean));
  }
  if (singles) parts.push(singles);
  let slug = '';
  for (const part of parts) {
    const next = slug ? `${slug}-${part}` : part;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  if (!slug && parts[0]) slug = parts[0].slice(0, MAX_SLUG_LENGTH);
  return SLUG_PATTERN.test(slug) ? slug : 'entry';
}
