/**
 * The content check that `npm run build` runs first: each problem comes back with the file, the
 * line in the file, the field by its CMS label (list items from 1) and what to do. Every entry
 * here is written in the test.
 */
import { describe, expect, it } from 'vitest';
import { CMS_COLLECTIONS } from '../admin/collections.ts';
import { checkAcrossEntries, checkSource, type CheckedSource } from '../src/lib/content-check.ts';
import { formatProblem } from '../src/lib/content-problems.ts';

const collection = (name: string) => CMS_COLLECTIONS.find((c) => c.name === name)!;
const check = (path: string, contents: string) => checkSource({ path, contents }, collection(path.split('/')[1]!));

const NOTICE = (fields: string) => `---\nkey: water\n${fields}\ncategory: service\n---\n停水期间请提前储水。\n`;

describe('an entry’s own problems name the line where the mistake is', () => {
  it('a quote that is never closed: the line where it opens, not the end of the front matter', () => {
    const { problems } = check('content/notices/2026-12-01-water.md', NOTICE('title: "停水通知\npublished: 2026-12-01 09:00'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/notices/2026-12-01-water.md', line: 3 });
    expect(problems[0]!.message).toContain('title: "停水通知');
    expect(problems[0]!.hint).toContain('补上同样的引号');
  });

  it('a single quote too, and a value with a colon in it says to quote the value', () => {
    expect(check('content/notices/2026-12-01-water.md', NOTICE("published: 2026-12-01 09:00\ntitle: '停水通知")).problems[0]).toMatchObject({ line: 4 });
    const colon = check('content/notices/2026-12-01-water.md', NOTICE('title: 停水: 滨河路\npublished: 2026-12-01 09:00')).problems[0]!;
    expect(colon).toMatchObject({ line: 3 });
    expect(colon.hint).toMatch(/放进引号里/);
  });

  it('an impossible date written without quotes, on its line, by its label', () => {
    const { problems } = check('content/notices/2026-12-01-water.md', NOTICE('title: 停水通知\npublished: 2026-13-40'));
    expect(problems).toEqual([
      {
        file: 'content/notices/2026-12-01-water.md',
        line: 4,
        field: '发布时间',
        key: 'published',
        message: '“发布时间”不是有效的日期时间:“2026-13-40”。应为北京时间,如 2026-12-05 或 2026-12-05 19:30(expected a real date, optionally with a time)',
      },
    ]);
  });

  it('a field inside a list item: the item counted from 1, and the line of that item', () => {
    const contents = NOTICE(
      'title: 停水通知\npublished: 2026-12-01 09:00\nattachments:\n  - title: 停水范围\n    file: /uploads/a.pdf\n  - title: 申请表\n    file: /uploads/form.exe',
    );
    const { problems } = check('content/notices/2026-12-01-water.md', contents);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 9, field: '附件 › 第 2 项 › 附件文件', key: 'attachments[1].file' });
  });

  it('a title YAML reads as a number says to put it in quotes', () => {
    const { problems } = check('content/notices/2026-12-01-water.md', NOTICE('title: 2026\npublished: 2026-12-01 09:00'));
    expect(formatProblem(problems[0]!)).toBe(
      'content/notices/2026-12-01-water.md 第 3 行(line 3)\n  标题(title):“标题”应为文字,收到的 2026 被读成了数字:请给它加上引号,写成 "2026"(expected text: put the value in quotes)',
    );
  });

  it('a file name that would put Chinese into a URL', () => {
    const { problems } = check('content/notices/停水通知.md', NOTICE('title: 停水通知\npublished: 2026-12-01 09:00'));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/notices/停水通知.md', message: expect.stringMatching(/^文件名 “停水通知” 不符合要求/) }),
    ]);
  });
});

describe('problems across entries', () => {
  const entry = (path: string, contents: string): CheckedSource => {
    const result = check(path, contents);
    expect(result.problems).toEqual([]);
    return result.entry!;
  };
  const community = entry(
    'content/communities/jiangbin.md',
    '---\nname: 江滨社区\nkey: jiangbin\nsubdistrict: 陈州回族街道\naddress: 滨河路 6 号\nphone: 0394-8216602\nreceptionHours: 周一至周五 8:30–12:00\n---\n',
  );
  const venue = entry(
    'content/venues/jiangbin-plaza.md',
    '---\nname: 江滨社区文化广场\nkey: jiangbin-plaza\ncommunity: jiangbin\nkind: plaza\naddress: 滨河路 6 号\n---\n',
  );

  it('a reference to a venue that does not exist: its line, its label, and the venues there are by name', () => {
    const show = entry(
      'content/performances/2026-12-02-ghost.md',
      '---\nkey: ghost\ntitle: 无处演出\nstart: 2026-12-02 19:00\nvenue: no-such-plaza\ntroupes: [合唱团]\n---\n',
    );
    expect(checkAcrossEntries([community, venue, show], CMS_COLLECTIONS)).toEqual([
      {
        file: 'content/performances/2026-12-02-ghost.md',
        line: 5,
        field: '演出地点',
        key: 'venue',
        message: '没有编号为 “no-such-plaza” 的场地(no venues entry “no-such-plaza”)',
        hint: '改成现有的场地之一:jiangbin-plaza(江滨社区文化广场);或先在内容管理中添加这个场地',
      },
    ]);
  });

  it('the same key twice on one day names the key’s line in the second file', () => {
    const notice = NOTICE('title: 停水通知\npublished: 2026-12-01 09:00');
    const problems = checkAcrossEntries(
      [entry('content/notices/2026-12-01-water.md', notice), entry('content/notices/2026-12-01-water-1.md', notice)],
      CMS_COLLECTIONS,
    );
    expect(problems).toEqual([expect.objectContaining({ file: 'content/notices/2026-12-01-water-1.md', line: 2, field: '网址短名' })]);
  });
});
