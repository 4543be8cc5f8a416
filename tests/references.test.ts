import { describe, expect, it } from 'vitest';
import { danglingReferenceProblems, findDanglingReferences } from '../src/lib/references.ts';
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
      data: { communities: [{ id: 'jiangbin', collection: 'communities' }, { id: 'atlantis', collection: 'communities' }] },
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
