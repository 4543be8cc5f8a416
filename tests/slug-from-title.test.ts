/** The 网址短名 the CMS fills in from a title, and the check of a new entry's file name. */
import { describe, expect, it } from 'vitest';
import { slugFromTitle, MAX_SLUG_LENGTH } from '../src/lib/slug-from-title.ts';
import { SLUG_PATTERN } from '../src/lib/slugs.ts';
import { newEntryId, takenIdProblem } from '../admin/validate.ts';

describe('a 网址短名 from the title', () => {
  it('is the title’s words in pinyin, joined by hyphens, polyphones read by their word', () => {
    expect(slugFromTitle('冬季供暖通知')).toBe('dongji-gongnuan-tongzhi');
    expect(slugFromTitle('银行网点调整')).toBe('yinhang-wangdian-tiaozheng');
    expect(slugFromTitle('“文明家庭”评选结果公示')).toBe('wenming-jiating-pingxuan-jieguo-gongshi');
  });

  it('keeps Latin words and digits, and single characters together (赛|克|杯 → saikebei)', () => {
    expect(slugFromTitle('2026“赛克杯”社区万人乒乓球赛')).toBe('2026-saikebei-shequ-wanren-pingpangqiu-sai');
    expect(slugFromTitle('Winter Heating 2026')).toBe('winter-heating-2026');
    expect(slugFromTitle('ＡＢＣ全角')).toMatch(/^abc-/);
  });

  it('is always a valid key, cut at a hyphen', () => {
    const long = slugFromTitle('川汇区二〇二六年冬季供暖时间调整及部分小区管网改造期间临时停暖安排的通知');
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    for (const title of ['冬季供暖通知', '!!!', '——', long]) expect(slugFromTitle(title)).toMatch(SLUG_PATTERN);
  });
});

describe('a new entry whose file name is taken', () => {
  it('is named by its date in a dated collection, by its key otherwise', () => {
    expect(newEntryId('notices', { key: 'water', published: '2026-11-28 00:30' })).toBe('2026-11-28-water');
    expect(newEntryId('venues', { key: 'jiangbin-plaza' })).toBe('jiangbin-plaza');
  });

  it('is refused, naming the file it would clash with', () => {
    expect(takenIdProblem('notices', { key: 'cold-wave-safety', published: '2026-11-20 08:00' }, ['2026-11-20-cold-wave-safety'])).toBe(
      '网址短名: “cold-wave-safety” 在 2026-11-20 已被另一条内容使用(content/notices/2026-11-20-cold-wave-safety.md)。请换一个网址短名;如果是同一条内容,请打开原来那条修改',
    );
    expect(takenIdProblem('venues', { key: 'jiangbin-plaza' }, ['jiangbin-plaza'])).toMatch(/^网址短名: “jiangbin-plaza” 已被另一条内容使用/);
  });

  it('is fine on another day or with another key', () => {
    expect(takenIdProblem('notices', { key: 'cold-wave-safety', published: '2027-11-20 08:00' }, ['2026-11-20-cold-wave-safety'])).toBeUndefined();
    expect(takenIdProblem('venues', { key: 'new-court' }, ['jiangbin-plaza'])).toBeUndefined();
  });
});
