/** Searching the built site as residents do: two or three characters, on a phone. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
});

interface Result {
  url: string;
  meta: string;
}

async function search(path: string): Promise<Result[]> {
  await page.goto(`${site.preview.url}${path}`);
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent()).toMatch(/条结果|results?$|没有找到|Nothing found/);
  return page
    .locator('[data-search-results] > li')
    .evaluateAll((items) => items.map((li) => ({ url: li.querySelector('h2 a')!.getAttribute('href')!, meta: li.querySelector('.meta')!.textContent ?? '' })));
}

const top3 = async (query: string, lang = '') => (await search(`${lang}/search/?q=${encodeURIComponent(query)}`)).slice(0, 3).map((r) => r.url);

describe('search', () => {
  it.each([
    ['乒乓球', '/sports/2026-saike-cup/'],
    ['乒乓球', '/notices/2026-11-22-saike-cup-registration/'],
    ['图书馆', '/communities/wenchang/'],
    ['法律讲座', '/campaigns/holiday-legal-lectures/'],
    ['江滨', '/communities/jiangbin/'],
    ['气排', '/sports/2026-air-volleyball/'], // the first two characters of 气排球
    ['3人 篮球', '/sports/2026-3x3-basketball/'],
    ['川汇之声', '/performances/2026-12-12-chuanhui-voice-final/'],
  ])('finds %s: %s among the first three', async (query, expected) => {
    const found = await top3(query);
    expect(found, JSON.stringify(found)).toContain(expected);
  });

  it('says so when nothing is found, and suggests the calendar and the notices', async () => {
    expect(await search('/search/?q=潜水艇')).toEqual([]);
    const status = page.locator('[data-search-status]');
    expect(await status.textContent()).toContain('没有找到与“潜水艇”相关的内容。');
    expect(await status.getByRole('link', { name: '看看活动日历' }).getAttribute('href')).toBe('/calendar/');
    expect(await status.getByRole('link', { name: '浏览全部通知' }).getAttribute('href')).toBe('/notices/');
  });

  it('searches the English pages from /en/search/', async () => {
    const urls = await top3('volleyball', '/en');
    expect(urls).toContain('/en/sports/2026-air-volleyball/');
  });

  it('filters by type: only that type is left', async () => {
    const all = await search('/search/?q=江滨');
    expect(new Set(all.map((r) => r.meta.split(' · ')[0])).size).toBeGreaterThan(1);
    const shows = await search('/search/?q=江滨&type=performance');
    expect(shows.length).toBeGreaterThan(0);
    expect(shows.every((r) => r.meta.startsWith('演出 · ') && r.url.startsWith('/performances/'))).toBe(true);
    expect(await page.locator('select[name="type"]').inputValue()).toBe('performance');
  });

  it('filters by community and sorts newest first on request', async () => {
    const renhe = await search('/search/?q=社区&community=renhe');
    expect(renhe.length).toBeGreaterThan(0);
    expect(renhe.every((r) => r.meta.includes('人和社区'))).toBe(true);
    const newest = await search('/search/?q=通知&type=notice&sort=date');
    const dates = newest.map((r) => r.meta.split(' · ')[1]!);
    expect(dates.length).toBeGreaterThan(2);
    const asNumbers = dates.map((d) => Number(d.replace(/^(\d+)年(\d+)月(\d+)日.*$/, (_, y, m, day) => `${y}${m.padStart(2, '0')}${day.padStart(2, '0')}`)));
    expect(asNumbers).toEqual([...asNumbers].sort((a, b) => b - a));
  });

  it.each([
    ['圖書館', '/library/'], // 繁體, searched as 图书馆
    ['pingpang', '/sports/2026-saike-cup/'], // pinyin, words joined
    ['ping pang', '/sports/2026-saike-cup/'], // pinyin, syllables spaced
    ['ppq', '/sports/2026-saike-cup/'], // initials of 乒乓球
    ['tsg', '/library/'], // initials of 图书馆
  ])('finds %s as residents type it: %s among the first three', async (query, expected) => {
    const found = await top3(query);
    expect(found, JSON.stringify(found)).toContain(expected);
  });

  it('says when a Traditional query was searched in Simplified, and only then', async () => {
    await search(`/search/?q=${encodeURIComponent('圖書館')}`);
    const note = page.locator('[data-search-converted]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('已按简体搜索:图书馆');
    await search(`/search/?q=${encodeURIComponent('图书馆')}`);
    expect(await note.isVisible()).toBe(false);
  });

  it('in English: ping pong finds the table-tennis cup, and one result is "1 result"', async () => {
    const found = await search('/en/search/?q=ping%20pong');
    expect(found.map((r) => r.url)).toContain('/en/sports/2026-saike-cup/');
    expect(await page.locator('[data-search-status]').textContent()).toBe(found.length === 1 ? '1 result' : `${found.length} results`);
    await search('/en/search/?q=volleyball');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results$/);
  });

  it('newest first keeps the undated pages, after the dated ones', async () => {
    const count = async () => Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0]);
    await search(`/search/?q=${encodeURIComponent('江滨')}`);
    const relevance = await count();
    await search(`/search/?q=${encodeURIComponent('江滨')}&sort=date`);
    expect(await count()).toBe(relevance);
    // every result on the page: 更多结果 until it hides
    const more = page.locator('[data-search-more]');
    while (await more.isVisible()) {
      const shown = await page.locator('[data-search-results] > li').count();
      await more.click();
      await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(shown);
    }
    const metas = await page.locator('[data-search-results] > li .meta').allTextContents();
    expect(metas.length).toBe(relevance);
    const dated = metas.map((meta) => /\d{4}年/.test(meta));
    expect(dated.indexOf(false)).toBeGreaterThan(0);
    expect(dated.slice(dated.indexOf(false)).every((d) => !d)).toBe(true);
  });

  it('when nothing is found, suggests the closest pages', async () => {
    expect(await search(`/search/?q=${encodeURIComponent('兵乓球赛事')}`)).toEqual([]);
    const suggestions = await page.locator('.search-suggestions a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(suggestions).toContain('/sports/2026-saike-cup/');
  });

  it('is reached from the search box in every page header on a wide screen, with the query in the URL', async () => {
    const wide = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await wide.goto(`${site.preview.url}/notices/`);
    await wide.getByRole('searchbox', { name: '搜索全站' }).fill('腰鼓');
    await wide.getByRole('searchbox', { name: '搜索全站' }).press('Enter');
    await wide.waitForURL(`${site.preview.url}/search/?q=${encodeURIComponent('腰鼓')}`);
    await expect.poll(() => wide.locator('[data-search-results] h2 a').first().getAttribute('href')).toBe('/performances/2026-12-05-waist-drum-show/');
    await wide.close();
  });

  it('is reached from the 搜索 link in a phone’s one-line header', async () => {
    await page.goto(`${site.preview.url}/notices/`);
    expect(await page.getByRole('searchbox', { name: '搜索全站' }).count()).toBe(0); // the box is the wide bar's
    await page.getByRole('banner').getByRole('link', { name: '搜索' }).click();
    await page.waitForURL(`${site.preview.url}/search/`);
    await page.getByRole('searchbox', { name: '搜索内容' }).fill('腰鼓');
    await page.getByRole('searchbox', { name: '搜索内容' }).press('Enter');
    // The search page's own form sends its filters too (empty).
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === '腰鼓');
    await expect.poll(() => page.locator('[data-search-results] h2 a').first().getAttribute('href')).toBe('/performances/2026-12-05-waist-drum-show/');
  });
});
