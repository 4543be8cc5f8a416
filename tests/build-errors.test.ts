/** A bad entry must stop the build with the file, the field and what was expected. */
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { buildWithContent } from './support/fixture-build.ts';

function failingBuild(files: Record<string, string | null>) {
  const result = buildWithContent(files, { emptyContent: true });
  rmSync(result.dir, { recursive: true, force: true });
  expect(result.status, result.output).not.toBe(0);
  return result.output;
}

describe('a build with bad content fails and says why', () => {
  it('names the file and each wrong field: missing title, impossible date, unknown category', () => {
    const output = failingBuild({ 'content/notices/2026-12-01-bad.md': '---\npublished: "2026-13-40"\ncategory: misc\n---\n正文\n' });
    expect(output).toMatch(/content\/notices\/2026-12-01-bad\.md\n {2}标题\(title\):缺少必填项“标题”/);
    expect(output).toMatch(/content\/notices\/2026-12-01-bad\.md 第 2 行\(line 2\)\n {2}发布时间\(published\):“发布时间”不是有效的日期时间:“2026-13-40”/);
    expect(output).toMatch(
      /content\/notices\/2026-12-01-bad\.md 第 3 行\(line 3\)\n {2}分类\(category\):“分类”的值 “misc” 不在可选范围内,应为:公告\(announcement\)/,
    );
  });

  it('refuses a file name that would put Chinese into a URL', () => {
    const output = failingBuild({ 'content/notices/停水通知.md': '---\nkey: water\ntitle: 停水通知\npublished: "2026-12-01 09:00"\ncategory: service\n---\n' });
    expect(output).toMatch(/content\/notices\/停水通知\.md\n {2}文件名 “停水通知” 不符合要求/);
  });
});

/**
 * The whole screen an editor sees for three typical mistakes, compared as a whole so that
 * noise (bundler warnings, stack traces, Astro's own wording) cannot creep back. Each fixture
 * owns all of its content.
 */
describe('the whole output of a build with a typical mistake', () => {
  const COMMUNITY =
    '---\nname: 江滨社区\nkey: jiangbin\nsubdistrict: 陈州回族街道\naddress: 滨河路 6 号\nphone: 0394-8216602\nreceptionHours: 周一至周五 8:30–12:00\n---\n';
  const VENUE = '---\nname: 江滨社区文化广场\nkey: jiangbin-plaza\ncommunity: jiangbin\nkind: plaza\naddress: 滨河路 6 号\n---\n';

  function screen(files: Record<string, string>): string {
    const result = buildWithContent(files, { emptyContent: true });
    rmSync(result.dir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    return result.output.split(result.dir).join('<site>').trim();
  }

  it('a quote that is never closed', () => {
    expect(
      screen({
        'content/notices/2026-12-01-water.md':
          '---\nkey: water\ntitle: "滨河路停水通知\npublished: 2026-12-01 09:00\ncategory: service\n---\n停水期间请提前储水。\n',
      }),
    ).toBe(
      [
        '内容有 1 处问题,网站没有构建(1 problem in content/, nothing was built):',
        '',
        'content/notices/2026-12-01-water.md 第 3 行(line 3)',
        '  这一行的引号没有结束:title: "滨河路停水通知(a quoted value is never closed, so the lines after it are read as part of it)',
        '  怎么改(fix):在这个值的末尾补上同样的引号(" 或 \'),或者去掉开头的引号;值里本身要用引号时,请用中文引号“”',
        '',
        '构建失败,<site>/dist 保持不变(build failed: <site>/dist was left as it was)',
      ].join('\n'),
    );
  });

  it('a venue that does not exist', () => {
    const show = '---\nkey: winter-gala\ntitle: 冬季广场晚会\nstart: 2026-12-12 19:00\nvenue: jiangbin-square\ntroupes: [川汇区老年合唱团]\n---\n';
    expect(
      screen({
        'content/communities/jiangbin.md': COMMUNITY,
        'content/venues/jiangbin-plaza.md': VENUE,
        'content/performances/2026-12-12-winter-gala.md': show,
      }),
    ).toBe(
      [
        '内容有 1 处问题,网站没有构建(1 problem in content/, nothing was built):',
        '',
        'content/performances/2026-12-12-winter-gala.md 第 5 行(line 5)',
        '  演出地点(venue):没有编号为 “jiangbin-square” 的场地(no venues entry “jiangbin-square”)',
        '  怎么改(fix):改成现有的场地之一:jiangbin-plaza(江滨社区文化广场);或先在内容管理中添加这个场地',
        '',
        '构建失败,<site>/dist 保持不变(build failed: <site>/dist was left as it was)',
      ].join('\n'),
    );
  });

  it('an impossible date written the usual way, without quotes', () => {
    expect(
      screen({
        'content/notices/2026-12-01-water.md': '---\nkey: water\ntitle: 滨河路停水通知\npublished: 2026-13-40\ncategory: service\n---\n停水期间请提前储水。\n',
      }),
    ).toBe(
      [
        '内容有 1 处问题,网站没有构建(1 problem in content/, nothing was built):',
        '',
        'content/notices/2026-12-01-water.md 第 4 行(line 4)',
        '  发布时间(published):“发布时间”不是有效的日期时间:“2026-13-40”。应为北京时间,如 2026-12-05 或 2026-12-05 19:30(expected a real date, optionally with a time)',
        '',
        '构建失败,<site>/dist 保持不变(build failed: <site>/dist was left as it was)',
      ].join('\n'),
    );
  });
});
