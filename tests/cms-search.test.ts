import { describe, expect, it } from 'vitest';
import fuzzy from 'fuzzy';
import { installWholeTermSearch } from '../admin/cjk-search.ts';

type Filter = (pattern: string, items: string[]) => { original: string; score: number }[];
/** Decap's collection search: fuzzy.filter, then only matches scoring above 5, best first (decap-cms-core backend.ts). */
const decapSearch = (term: string, titles: string[]) =>
  (fuzzy as unknown as { filter: Filter })
    .filter(term, titles)
    .filter(({ score }) => score > 5)
    .sort((a, b) => b.score - a.score)
    .map((hit) => hit.original);

const titles = ['2026 年度城市最低生活保障年审通知', '冬季供暖时间调整通知', '供水管网检修,暖气片更换', '冬季再就业专场招聘会', 'Winter heating notice'];

describe('the CMS search in Chinese', () => {
  it('finds two-character words that Decap’s threshold dropped, whole-term matches first', () => {
    // Decap as it ships: a two-character word scores 4 and is dropped.
    expect(decapSearch('供暖', titles)).toEqual([]);
    expect(decapSearch('冬季供暖', titles)).toEqual(['冬季供暖时间调整通知']);
    installWholeTermSearch();
    expect(decapSearch('供暖', titles)).toEqual(['冬季供暖时间调整通知']);
    expect(decapSearch('年审', titles)).toEqual(['2026 年度城市最低生活保障年审通知']);
    expect(decapSearch('招聘', titles)).toEqual(['冬季再就业专场招聘会']);
    // Scattered characters (供…暖) are not a match for the word.
    expect(decapSearch('供暖', titles)).not.toContain('供水管网检修,暖气片更换');
    // Latin searches are unchanged apart from whole words ranking first.
    expect(decapSearch('heating', titles)).toEqual(['Winter heating notice']);
  });
});
