/** The calendar island on the built site, as a resident uses it. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/browser.ts';

// A browser far from Beijing: the calendar must still show Beijing dates and times.
const site = useBuiltSite('America/New_York');

interface Opened {
  page: Page;
  problems: string[];
  monthFiles: string[];
}

async function openCalendar(path: string, width = 1280): Promise<Opened> {
  const page = await site.browser.newPage({ viewport: { width, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const problems: string[] = [];
  const monthFiles: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    const match = /\/calendar\/events\/(\d{4}-\d{2})\.json$/.exec(request.url());
    if (match) monthFiles.push(match[1]!);
  });
  await page.goto(`${site.preview.url}${path}`);
  await page.locator('.event-calendar').waitFor();
  return { page, problems, monthFiles };
}

const eventTitles = (page: Page) => page.locator('.calendar-event').allTextContents();
const query = (page: Page) => new URL(page.url()).searchParams;

describe('the calendar', () => {
  it('shows sample events in Chinese in the month view, and fetches the next month as you move on', async () => {
    const { page, problems, monthFiles } = await openCalendar('/calendar/?month=2026-12');
    await expect.poll(() => page.locator('.event-calendar').textContent()).toContain('2026年12月');
    await expect.poll(async () => (await eventTitles(page)).join('|')).toContain('第十届“川汇之声”社区群众文艺会演·决赛');
    expect((await eventTitles(page)).join('|')).toContain('[已取消] 豫剧戏迷专场');
    expect(monthFiles).not.toContain('2027-02');
    await page.getByRole('button', { name: '下月' }).click();
    await expect.poll(() => page.locator('.event-calendar').textContent()).toContain('2027年1月');
    await expect.poll(() => monthFiles).toContain('2027-02');
    expect(query(page).get('month')).toBe('2027-01');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters by type, puts the filter in the URL, and restores it from the URL', async () => {
    const { page } = await openCalendar('/calendar/?month=2026-12');
    await expect.poll(async () => (await eventTitles(page)).length).toBeGreaterThan(5);
    for (const label of ['赛事', '课程', '活动', '通知']) await page.getByRole('checkbox', { name: label }).uncheck();
    expect(query(page).get('type')).toBe('performance');
    await expect.poll(() => page.locator('.calendar-event:not(.event-performance)').count()).toBe(0);
    expect(await page.locator('.calendar-event.event-performance').count()).toBeGreaterThan(0);
    const filtered = page.url();
    await page.close();

    const again = await openCalendar(new URL(filtered).pathname + new URL(filtered).search);
    await expect.poll(() => again.page.locator('.calendar-event.event-performance').count()).toBeGreaterThan(0);
    expect(await again.page.locator('.calendar-event:not(.event-performance)').count()).toBe(0);
    expect(await again.page.getByRole('checkbox', { name: '演出' }).isChecked()).toBe(true);
    expect(await again.page.getByRole('checkbox', { name: '课程' }).isChecked()).toBe(false);
    await again.page.close();
  });

  it('filters by community', async () => {
    const { page } = await openCalendar('/calendar/?month=2026-12&community=renhe');
    await expect.poll(async () => (await eventTitles(page)).join('|')).toContain('人和社区爱心超市十二月开放日');
    expect((await eventTitles(page)).join('|')).not.toContain('第十届“川汇之声”');
    expect(await page.getByRole('combobox', { name: '社区' }).inputValue()).toBe('renhe');
    await page.close();
  });

  it('opens the event’s page when an event is clicked', async () => {
    const { page } = await openCalendar('/calendar/?month=2026-12&type=performance');
    await page.locator('.calendar-event', { hasText: '第十届“川汇之声”社区群众文艺会演·决赛' }).first().click();
    await page.waitForURL(`${site.preview.url}/performances/2026-12-12-chuanhui-voice-final/`);
    await page.close();
  });

  it('gives a 390 px phone the list view, in English on /en/', async () => {
    const { page, problems } = await openCalendar('/en/calendar/?month=2026-12', 390);
    await expect.poll(() => query(page).get('view')).toBe('list');
    await expect.poll(() => page.locator('.event-calendar').textContent()).toContain('December 2026');
    expect(await page.locator('.event-calendar').textContent()).toContain('10th "Voice of Chuanhui" community arts showcase — final');
    await page.locator('.calendar-event', { hasText: 'Voice of Chuanhui' }).first().click();
    await page.waitForURL(/\/en\/performances\//);
    expect(problems).toEqual([]);
    await page.close();
  });
});
