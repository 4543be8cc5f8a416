/** A bad entry must stop the build with the file, the field and what was expected. */
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { buildWithContent } from './support/fixture-build.ts';

function failingBuild(files: Record<string, string | null>) {
  const result = buildWithContent(files);
  rmSync(result.dir, { recursive: true, force: true });
  expect(result.status, result.output).not.toBe(0);
  return result.output;
}

describe('a build with bad content fails and says why', () => {
  it('names the file and each wrong field: missing title, impossible date, unknown category', () => {
    const output = failingBuild({ 'content/notices/2026-12-01-bad.md': '---\npublished: "2026-13-40"\ncategory: misc\n---\n正文\n' });
    expect(output).toMatch(/content\/notices\/2026-12-01-bad\.md/);
    expect(output).toMatch(/title: 缺少必填项“标题”/);
    expect(output).toMatch(/published: “发布时间”不是有效的日期时间:“2026-13-40”/);
    expect(output).toMatch(/category: “分类”的值 “misc” 不在可选范围内,应为:announcement/);
  });

  it('names the file and field of a reference to a venue that does not exist', () => {
    const output = failingBuild({
      'content/performances/2026-12-02-ghost.md': '---\nkey: ghost\ntitle: 无处演出\nstart: "2026-12-02 19:00"\nvenue: no-such-plaza\ntroupes: [合唱团]\n---\n',
    });
    expect(output).toMatch(/content\/performances\/2026-12-02-ghost\.md\n\s+\*\*venue\*\*: 引用的 venues “no-such-plaza” 不存在/);
    expect(output).toContain('jiangbin-plaza');
  });

  it('refuses a file name that would put Chinese into a URL', () => {
    const output = failingBuild({ 'content/notices/停水通知.md': '---\nkey: water\ntitle: 停水通知\npublished: "2026-12-01 09:00"\ncategory: service\n---\n' });
    expect(output).toMatch(/content\/notices\/停水通知\.md: 文件名 “停水通知” 不符合要求/);
  });
});
