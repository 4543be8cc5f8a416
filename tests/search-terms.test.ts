/** The words pages are found by besides their own text, and the query-side conversions. */
import { describe, expect, it } from 'vitest';
import { pinyinTerms, synonymTerms } from '../src/lib/search-terms.ts';
import { pinyinQuery, suggestionQueries } from '../src/lib/search-suggest.ts';
import { hasHan, t2sLookup, toSimplified } from '../src/lib/simplified.ts';
import { t2sTable } from '../src/lib/t2s-table.ts';

describe('pinyin terms of a Chinese title', () => {
  const terms = pinyinTerms('赛克杯乒乓球团体赛');

  it('has each word joined, and the initials of words and runs of three characters or more', () => {
    expect(terms).toEqual(expect.arrayContaining(['pingpangqiu', 'ppq', 'tuanti', 'tuantisai', 'tts', 'saikebei', 'skb']));
    // neither single syllables nor two-letter initials: most of the index's growth, rarely typed
    expect(terms).not.toContain('ping');
    expect(terms).not.toContain('tt');
  });

  it('a spaced pinyin query is searched joined, as the index holds it; other queries as typed', () => {
    expect(pinyinQuery('ping pang')).toBe('pingpang');
    expect(pinyinQuery('Tu Shu Guan')).toBe('tushuguan');
    expect(pinyinQuery('pingpang')).toBe('pingpang');
    expect(pinyinQuery('3人 篮球')).toBe('3人 篮球');
  });

  it('joins short runs of words (图书|馆 → tushuguan, 川|汇|区 → chuanhuiqu) but not whole titles', () => {
    expect(pinyinTerms('文昌社区图书馆')).toEqual(expect.arrayContaining(['tushuguan', 'tsg', 'shequ', 'wenchang']));
    expect(pinyinTerms('川汇区')).toEqual(expect.arrayContaining(['chuanhuiqu', 'chq']));
    expect(terms).not.toContain('saikebeipingpangqiutuantisai');
  });

  it('reads polyphonic characters by their word', () => {
    expect(pinyinTerms('银行')).toContain('yinhang');
    expect(pinyinTerms('重庆')).toContain('chongqing');
    expect(pinyinTerms('长者服务')).toContain('zhangzhe');
    expect(pinyinTerms('长者服务')).not.toContain('changzhe');
  });

  it('ignores what is not Chinese', () => {
    expect(pinyinTerms('2026 Saike Cup')).toEqual([]);
  });
});

describe('English synonyms', () => {
  it('adds the names a page does not already use', () => {
    expect(synonymTerms('2026 Saike Cup table tennis team event')).toEqual(['ping pong', 'pingpong']);
    expect(synonymTerms('3x3 basketball league').sort()).toEqual(['3-on-3', 'three on three', 'three-a-side']);
    expect(synonymTerms('Winter choir concert')).toEqual([]);
  });
});

describe('Traditional queries', () => {
  const lookup = t2sLookup(t2sTable());

  it('are converted character by character to the Simplified the index holds', () => {
    expect(toSimplified('圖書館', lookup)).toBe('图书馆');
    expect(toSimplified('乒乓球 體育 長者 臺灣 裏', lookup)).toBe('乒乓球 体育 长者 台湾 里');
  });

  it('leave Simplified and Latin text as it is', () => {
    expect(toSimplified('图书馆 pingpang 3x3', lookup)).toBe('图书馆 pingpang 3x3');
  });

  it('are recognised by their Chinese characters, so the table is fetched only for them', () => {
    expect(hasHan('圖書館')).toBe(true);
    expect(hasHan('pingpang')).toBe(false);
  });
});

describe('suggestions when nothing is found', () => {
  it('search the pairs of characters of a Chinese query, then single characters of a short one', () => {
    expect(suggestionQueries('兵乓球赛事')).toEqual(['兵乓', '乓球', '球赛', '赛事']);
    expect(suggestionQueries('潜水艇')).toEqual(['潜水', '水艇', '潜', '水', '艇']);
  });

  it('search shorter beginnings of a Latin word', () => {
    expect(suggestionQueries('volleybal')).toEqual(['volleyba', 'volleyb', 'volley', 'volle', 'voll', 'vol']);
  });
});
