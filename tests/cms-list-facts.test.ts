/**
 * The CMS list's 筛选 menu: 有效 finds notices that leave 状态 out (its default), 本社区 the
 * notices of the editor's community, and reading an entry through the facts format and writing it
 * back gives the file Decap's own format gives. The browser test (tests/e2e/cms.test.ts) clicks
 * the same filters in Decap.
 */
import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../admin/config-builder.ts';
import { decapFormatter } from '../admin/content-format.ts';
import { FACTS, factsFormat, ownCommunity, withListFacts } from '../admin/list-facts.ts';

type Filter = { label: string; field: string; pattern: string | boolean };
type Collection = { name: string; format?: string; view_filters?: Filter[] };

/** Decap's view filter test (decap-cms-core 3.x reducers/entries.js, `selectEntries`). */
function decapMatches(data: Record<string, unknown>, filter: Filter): boolean {
  const toMatch = filter.field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
  return toMatch !== undefined && new RegExp(String(filter.pattern)).test(String(toMatch));
}

const NOTICE = (extra: string) => `---\ntitle: 冬季供暖时间安排\nkey: heating\npublished: 2026-11-05 09:00\ncategory: service\n${extra}---\n正文。\n`;
const files = {
  plain: NOTICE(''),
  amended: NOTICE('status: amended\nreplacedBy: 2026-11-18-heating-schedule-revised\n'),
  hehua: NOTICE('communities:\n  - hehua\n  - renhe\n'),
  written: NOTICE('communities:\n  - wenchang\nstatus: active\n'),
};
const communities = { hehua: '荷花社区', renhe: '人和社区', wenchang: '文昌社区' };

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

describe('the CMS list filters', () => {
  it('finds notices that leave 状态 out under 有效, and the editor’s community under 本社区', async () => {
    const base = await decapFormatter();
    const plain = buildCmsConfig();
    const notices = (config: { collections: unknown[] }) => (config.collections as Collection[]).find((c) => c.name === 'notices')!;
    const filterOf = (config: { collections: unknown[] }, label: string) => notices(config).view_filters!.find((f) => f.label === label)!;
    // As Decap ships: 有效 matches only the notice that writes status: active.
    const read = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, base.fromFile(text)]));
    expect(Object.keys(read).filter((name) => decapMatches(read[name]!, filterOf(plain, '有效')))).toEqual(['written']);

    const { config, plans } = withListFacts(plain, { id: 'hehua', name: '荷花社区' });
    const format = factsFormat(base, plans['notices']!);
    expect(notices(config).format).toBe(`frontmatter-with-${FACTS}-notices`);
    const withFacts = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, format.fromFile(text)]));
    const matching = (label: string) => Object.keys(withFacts).filter((name) => decapMatches(withFacts[name]!, filterOf(config, label)));
    expect(matching('有效')).toEqual(['plain', 'hehua', 'written']);
    expect(matching('已修改')).toEqual(['amended']);
    expect(notices(config).view_filters![0]!.label).toBe('本社区(荷花社区)');
    expect(matching('本社区(荷花社区)')).toEqual(['hehua']);
    // Performances have no 适用社区, so no 本社区; their 如期 reads the default too.
    const performances = (config.collections as Collection[]).find((c) => c.name === 'performances')!;
    expect(performances.view_filters!.map((f) => f.label)).toEqual(['如期', '延期', '取消']);
    // Written back, every file is what Decap's own format writes: the facts are not saved.
    for (const text of Object.values(files)) {
      const data = format.fromFile(text);
      expect(data[FACTS]).toBeDefined();
      expect(format.toFile(data)).toBe(base.toFile(base.fromFile(text)));
    }
  });

  it('remembers the community chosen with ?community= (by 网址短名 or name) and forgets it with an empty one', () => {
    const storage = memoryStorage();
    expect(ownCommunity('', storage, communities)).toBeUndefined();
    expect(ownCommunity('?community=hehua', storage, communities)).toEqual({ id: 'hehua', name: '荷花社区' });
    expect(ownCommunity('', storage, communities)).toEqual({ id: 'hehua', name: '荷花社区' });
    expect(ownCommunity(`?community=${encodeURIComponent('文昌')}`, storage, communities)).toEqual({ id: 'wenchang', name: '文昌社区' });
    expect(ownCommunity(`?community=${encodeURIComponent('人和社区')}`, storage, communities)).toEqual({ id: 'renhe', name: '人和社区' });
    expect(ownCommunity('?community=', storage, communities)).toBeUndefined();
    expect(ownCommunity('', storage, communities)).toBeUndefined();
    // A community that no longer exists is not offered.
    ownCommunity('?community=hehua', storage, communities);
    expect(ownCommunity('', storage, { renhe: '人和社区' })).toBeUndefined();
  });
});
