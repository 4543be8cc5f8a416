import { describe, expect, it } from 'vitest';
import { danglingReferenceProblems, findDanglingReferences, referrersOf } from '../src/lib/references.ts';
import { deleteRefusal, entryAt } from '../admin/delete-guard.ts';
import { idFromEntryPath } from '../src/lib/slugs.ts';

describe('references between entries', () => {
  const entries = [
    { id: 'jiangbin', collection: 'communities', data: { name: '江滨社区' } },
    { id: 'jiangbin-plaza', collection: 'venues', data: { community: { id: 'jiangbin', collection: 'communities' } } },
    {
      id: 'show',
      collection: 'performances',
      filePath: 'content/performances/show.md',
      data: { venue: { id: 'no-such-plaza', collection: 'venues' }, start: new Date(), programme: [{ title: 'x' }] },
    },
    {
      id: 'n1',
      collection: 'notices',
      filePath: 'content/notices/n1.md',
      data: {
        communities: [
          { id: 'jiangbin', collection: 'communities' },
          { id: 'atlantis', collection: 'communities' },
        ],
      },
    },
  ];

  it('reports each reference to a missing entry with file and field', () => {
    expect(findDanglingReferences(entries)).toEqual([
      { file: 'content/performances/show.md', field: 'venue', path: ['venue'], collection: 'venues', id: 'no-such-plaza' },
      { file: 'content/notices/n1.md', field: 'communities[1]', path: ['communities', 1], collection: 'communities', id: 'atlantis' },
    ]);
  });

  it('explains the problem and lists what exists', () => {
    const [problem] = danglingReferenceProblems(findDanglingReferences(entries), {
      available: (c) => entries.filter((e) => e.collection === c).map((e) => e.id),
      collectionLabel: (c) => (c === 'venues' ? '场地' : c),
    });
    expect(problem).toEqual({
      file: 'content/performances/show.md',
      line: undefined,
      field: 'venue',
      key: 'venue',
      message: '没有编号为 “no-such-plaza” 的场地(no venues entry “no-such-plaza”)',
      hint: '改成现有的场地之一:jiangbin-plaza;或先在内容管理中添加这个场地',
    });
  });

  it('finds nothing wrong when every reference resolves', () => {
    expect(findDanglingReferences(entries.slice(0, 2))).toEqual([]);
  });
});

describe('entry ids', () => {
  it('are the ASCII file name', () => {
    expect(idFromEntryPath('2026-11-20-heating.md', 'notices')).toBe('2026-11-20-heating');
  });
  it('refuse a Chinese or upper-case file name, naming the file', () => {
    expect(() => idFromEntryPath('供暖通知.md', 'notices')).toThrow(/content\/notices\/供暖通知\.md: 文件名/);
    expect(() => idFromEntryPath('Heating.md', 'notices')).toThrow(/Heating/);
  });
});

describe('deleting an entry that others refer to', () => {
  const court = { id: 'yishan-court', collection: 'venues', data: { name: '沙颍河公园篮球场' } };
  const league = {
    id: '2026-3x3-basketball',
    collection: 'leagues',
    data: {
      title: '2026 三人篮球赛',
      fixtures: [0, 1, 2, 3].map((round) => ({ round: round + 1, venue: { id: 'yishan-court', collection: 'venues' } })),
    },
  };
  const notice = {
    id: '2026-11-01-court',
    collection: 'notices',
    data: { title: '球场维修', communities: [], venue: { id: 'yishan-court', collection: 'venues' } },
  };
  const unrelated = { id: 'jiangbin-plaza', collection: 'venues', data: { name: '江滨广场' } };

  it('knows every entry that refers to it, once per referring entry, with each place', () => {
    const referrers = referrersOf([court, league, notice, unrelated]);
    expect(Object.keys(referrers)).toEqual(['venues/yishan-court']);
    expect(referrers['venues/yishan-court']).toEqual([
      {
        collection: 'leagues',
        id: '2026-3x3-basketball',
        name: '2026 三人篮球赛',
        paths: [
          ['fixtures', 0, 'venue'],
          ['fixtures', 1, 'venue'],
          ['fixtures', 2, 'venue'],
          ['fixtures', 3, 'venue'],
        ],
      },
      { collection: 'notices', id: '2026-11-01-court', name: '球场维修', paths: [['venue']] },
    ]);
  });

  it('refuses with a message naming the referring entries by their names, files and the fields an editor sees', () => {
    const references = referrersOf([court, league, unrelated]);
    expect(deleteRefusal('venues', 'jiangbin-plaza', references)).toBeUndefined();
    expect(deleteRefusal('venues', 'yishan-court', references)).toMatchInlineSnapshot(`
      "不能删除:以下 1 条内容还在使用这个场地,删除后它们会指向不存在的场地,网站将无法更新。
      · 体育赛事“2026 三人篮球赛”(content/leagues/2026-3x3-basketball.md):赛程与结果 › 第 1 项 › 比赛场地;赛程与结果 › 第 2 项 › 比赛场地;赛程与结果 › 第 3 项 › 比赛场地 等 4 处
      请先打开这些内容,改用别的场地或删去相应的项目,再删除这个场地。"
    `);
  });

  it('finds the entry an editor has open from the CMS address', () => {
    expect(entryAt('#/collections/venues/entries/yishan-court')).toEqual({ collection: 'venues', id: 'yishan-court' });
    expect(entryAt('#/collections/venues/new')).toBeUndefined();
  });
});
