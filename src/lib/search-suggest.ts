/** Query-side helpers of the search page (this ships to the browser: nothing heavy to import). */
import { hasHan } from './simplified.ts';

/**
 * A query as the Chinese index holds pinyin: letters and spaces only ("ping pang", "Tu Shu
 * Guan") are joined and lower-cased ("pingpang"); anything else is left as typed.
 */
export function pinyinQuery(query: string): string {
  return /^[a-z]+(?:\s+[a-z]+)+$/i.test(query.trim()) ? query.trim().replace(/\s+/g, '').toLowerCase() : query;
}

/**
 * What to search for when a query finds nothing, to suggest the closest pages: the pairs of
 * characters and the single characters of a Chinese query (兵乓球赛事 → 兵乓, 乓球, 球赛…), or the
 * shorter beginnings of a Latin word (volleybal → volleyba, volleyb…), at most `limit` of them,
 * most specific first.
 */

export function suggestionQueries(query: string, limit = 6): string[] {
  const parts: string[] = [];
  for (const word of query.trim().split(/\s+/).filter(Boolean)) {
    const chars = [...word];
    if (chars.some((c) => hasHan(c))) {
      for (let i = 0; i + 1 < chars.length; i++) parts.push(chars.slice(i, i + 2).join(''));
      if (chars.length <= 3) parts.push(...chars.filter((c) => hasHan(c)));
    } else {
      for (let length = chars.length - 1; length >= 3; length--) parts.push(chars.slice(0, length).join(''));
    }
  }
  return [...new Set(parts)].filter((part) => part !== query).slice(0, limit);
}
