/**
 * The site with a district's volume of content (400 synthetic entries from the benchmark's
 * generator): long lists are split into pages that link to each other, every page stays within
 * the content-page budget, and no link or anchor is broken.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent, type FixtureBuild } from './support/fixture-build.ts';
import { syntheticContent } from '../scripts/bench/synthetic-content.ts';
import { pageWeight } from '../src/lib/page-weight.ts';
import { brokenLinksIn } from './support/pages.ts';

let build: FixtureBuild;
let dist: string;

beforeAll(async () => {
  build = buildWithContent(await syntheticContent(400));
  dist = join(build.dir, 'dist');
});
afterAll(() => rmSync(build.dir, { recursive: true, force: true }));

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('a site with 400 more entries', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('splits the notice lists into pages of 20 that link to each other, in both languages', () => {
    // 160 synthetic + 15 sample notices = 9 pages, the last with 15.
    const first = html('notices');
    const items = (page: string) => (/<ul class="item-list">([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '').match(/<li/g)?.length;
    expect(items(first)).toBe(20);
    expect(first).toContain('<nav class="pagination" aria-label="分页">');
    expect(first).toContain('rel="next" href="/notices/page/2/"');
    expect(first).toContain('href="/notices/page/9/"');
    expect(existsSync(join(dist, 'notices/page/10'))).toBe(false);
    const last = html('notices/page/9');
    expect(items(last)).toBe(15);
    expect(last).toContain('<h1>通知公告(第 9 页)</h1>');
    expect(last).toContain('rel="prev" href="/notices/page/8/"');
    expect(html('en/notices/page/2')).toContain('<h1>Notices (page 2)</h1>');
    expect(existsSync(join(dist, 'notices/category/service/page/2/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'notices/community/chenzhou/page/2/index.html'))).toBe(true);
  });

  it('keeps every list and detail page within 40 KB for a first visit', () => {
    for (const path of [
      '/notices/',
      '/notices/page/4/',
      '/performances/',
      '/en/performances/',
      '/notices/category/service/',
      '/venues/jiangbin-plaza/',
      '/communities/chenzhou/',
      '/school/',
      '/sports/',
    ]) {
      expect(pageWeight(dist, path).total, path).toBeLessThanOrEqual(40 * 1024);
    }
  });

  it('has no broken internal link or anchor', () => {
    expect(brokenLinksIn(dist).broken).toEqual([]);
  });
});
