/** The page `astro dev` shows while content/ has a problem (src/lib/problem-page.ts). */
import { describe, expect, it } from 'vitest';
import { problemPage, showsProblemPage } from '../src/lib/problem-page.ts';

describe('the dev server’s content problem page', () => {
  it('names each file, the field by its label and key, what is wrong and what to do, in Chinese', () => {
    const html = problemPage([
      {
        file: 'content/leagues/2026-3x3-basketball.md',
        line: 40,
        field: '赛程与结果 › 第 3 项 › 场地',
        key: 'fixtures[2].venue',
        message: '没有 “yishan-court” 这个场地',
        hint: '改成现有的场地之一',
      },
      {
        file: 'content/leagues/2026-3x3-basketball.md',
        field: '赛程与结果 › 第 4 项 › 场地',
        key: 'fixtures[3].venue',
        message: '没有 “yishan-court” 这个场地',
      },
      { file: 'content/notices/a.md', message: '<script>alert(1)</script>' },
    ]);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1>内容有 3 处问题,网站暂时无法显示</h1>');
    // One section per file, the referring entry's every problem under it.
    expect(html.match(/<h2>/g)).toHaveLength(2);
    expect(html).toContain('<h2><code>content/leagues/2026-3x3-basketball.md</code></h2>');
    expect(html).toContain('<pre>第 40 行\n赛程与结果 › 第 3 项 › 场地(fixtures[2].venue):没有 “yishan-court” 这个场地\n怎么改(fix):改成现有的场地之一');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<a href="/admin/">内容管理后台</a>');
  });

  it('stands in for pages only: not for the CMS, the dev server’s own files or assets', () => {
    const html = 'text/html,application/xhtml+xml';
    expect(showsProblemPage('GET', '/', html)).toBe(true);
    expect(showsProblemPage('GET', '/notices/2026-11-12-job-fair/?x=1', html)).toBe(true);
    expect(showsProblemPage('GET', '/en/sports/', html)).toBe(true);
    expect(showsProblemPage('GET', '/admin/', html)).toBe(false);
    expect(showsProblemPage('GET', '/admin/names/communities.json', html)).toBe(false);
    expect(showsProblemPage('GET', '/@vite/client', html)).toBe(false);
    expect(showsProblemPage('GET', '/_image?href=x', html)).toBe(false);
    expect(showsProblemPage('GET', '/favicon.svg', html)).toBe(false);
    expect(showsProblemPage('GET', '/', 'application/json')).toBe(false);
    expect(showsProblemPage('POST', '/', html)).toBe(false);
  });
});
