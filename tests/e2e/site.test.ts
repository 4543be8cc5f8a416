/** Opens the built site in Chromium the way a resident would. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { useBuiltSite } from '../support/browser.ts';
import { BUILT_SITE } from '../support/paths.ts';
import { htmlFiles } from '../support/pages.ts';
import { pageWeight } from '../../src/lib/page-weight.ts';

const site = useBuiltSite();

/** A phone-sized page that records every console error, page error and failed request. */
async function openPage(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  await page.goto(`${site.preview.url}${path}`, { waitUntil: 'load' });
  return { page, problems };
}

describe('the built site in a browser', () => {
  it('shows the Chinese home page and follows a navigation link to the notices', async () => {
    const { page, problems } = await openPage('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('川汇社区');
    await expect.poll(() => page.getByRole('complementary', { name: '紧急通知' }).isVisible()).toBe(true);
    // On a phone the sections are in the 菜单 (a disclosure), closed until it is opened.
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    await page.getByText('菜单', { exact: true }).click();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '通知公告' }).click();
    await page.waitForURL(`${site.preview.url}/notices/`);
    expect(await page.locator('h1').textContent()).toBe('通知公告');
    expect(await page.getByRole('link', { name: '民愿接待室实行“四个统一”规范接待' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a notice in Chinese, then switches to English', async () => {
    const { page, problems } = await openPage('/notices/2026-11-20-cold-wave-safety/');
    expect(await page.locator('main h1').textContent()).toBe('寒潮及道路结冰预警:请老人儿童减少外出');
    expect(await page.locator('main').textContent()).toContain('“红叶”公益服务热线 0394-8216688');
    await page.getByText('菜单', { exact: true }).click();
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${site.preview.url}/en/notices/2026-11-20-cold-wave-safety/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('main h1').textContent()).toBe('Cold wave and icy roads: older people and children should stay in');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the English home page and follows a navigation link', async () => {
    const { page, problems } = await openPage('/en/');
    expect(await page.locator('h1').textContent()).toBe('Chuanhui Community');
    await page.getByText('Menu', { exact: true }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Performances' }).click();
    await page.waitForURL(`${site.preview.url}/en/performances/`);
    expect(await page.locator('main').textContent()).toContain('Coming up');
    await page.getByRole('link', { name: '10th "Voice of Chuanhui" community arts showcase — final' }).click();
    expect(await page.locator('main h1').textContent()).toBe('10th "Voice of Chuanhui" community arts showcase — final');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers a skip link as the first thing the keyboard reaches', async () => {
    const { page } = await openPage('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('marks today’s opening hours in the library list (Beijing time)', async () => {
    const page = await site.browser.newPage();
    await page.clock.setFixedTime(new Date('2026-11-28T10:00:00+08:00')); // a Saturday
    await page.goto(`${site.preview.url}/library/`);
    const today = page.locator('.hours tr.today');
    await expect.poll(() => today.count()).toBeGreaterThan(0);
    expect(await today.evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-day')))])).toEqual(['sat']);
    await page.close();
  });

  it('copies a campaign’s permanent link, accepts a school tag in the URL, and prints the poster on one A4 page', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.preview.url });
    const page = await context.newPage();
    const response = await page.goto(`${site.preview.url}/campaigns/golden-key-essay/?from=hehua-primary`);
    expect(response?.status()).toBe(200);
    // the tag changes nothing a reader or a search engine sees: the campaign page, its canonical address without the tag
    await expect.poll(() => page.locator('h1').textContent()).toContain('金钥匙');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://chuanhui.example.cn/campaigns/golden-key-essay/');
    await page.getByRole('button', { name: '复制链接' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://chuanhui.example.cn/campaigns/golden-key-essay/');
    expect(await page.getByRole('button', { name: '已复制' }).count()).toBe(1);
    await page.goto(`${site.preview.url}/campaigns/golden-key-essay/poster/`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await context.close();
  });

  it('does not scroll sideways on a 320 px screen', async () => {
    for (const path of ['/', '/notices/', '/en/communities/liukai/']) {
      const { page } = await openPage(path);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      await page.close();
    }
  });

  it('shows a performance’s poster on a phone within 120 KB for the whole first visit, picking AVIF, with no layout shift', async () => {
    const file = htmlFiles(join(BUILT_SITE, 'performances')).find((f) => readFileSync(f, 'utf8').includes('<figure class="poster"'))!;
    const path = `/${relative(BUILT_SITE, file).replace(/index\.html$/, '')}`;
    // A phone with a dense screen (3 device pixels per CSS pixel) downloads the largest candidate it needs.
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, locale: 'zh-CN' });
    const page = await context.newPage();
    const images: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'image') images.push({ url: response.url(), bytes: (await response.body()).length });
    });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.preview.url}${path}`, { waitUntil: 'networkidle' });
    const poster = page.locator('figure.poster img');
    expect(await poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await poster.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);
    const imageBytes = images.reduce((sum, image) => sum + image.bytes, 0);
    const weight = pageWeight(BUILT_SITE, path);
    const summary = `${path}: HTML+CSS+JS ${weight.total} B gzipped + images ${imageBytes} B (${images.map((i) => i.url.split('/').pop()).join(', ')})`;
    console.log(summary);
    expect(images.length, summary).toBeGreaterThan(0);
    expect(weight.total + imageBytes, summary).toBeLessThanOrEqual(120 * 1024);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await context.close();
  });
});
