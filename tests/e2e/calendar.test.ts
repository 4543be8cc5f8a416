/** The calendar island on the built site, as a resident uses it. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { useBuiltSite } from '../support/browser.ts';

// A browser far from Beijing: the calendar must still show Beijing dates and times.
const site = useBuiltSite('America/New_York');

interface Opened {
  page: Page;
  problems: string[];
  monthFiles: string[];
}

async function openCalendar(path: string, width = 1280, { elder = false } = {}): Promise<Opened> {
  const page = await site.browser.newPage({ viewport: { width, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const problems: string[] = [];
  const monthFiles: string[] = [];
  page.on('console', (message) => (message.type() === 'error' || message.type() === 'warning') && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  page.on('request', (request) => {
    const match = /\/calendar\/events\/(\d{4}-\d{2})\.json$/.exec(request.url());
    if (match) monthFiles.push(match[1]!);
  });
  // 长者模式 as BaseLayout's inline script applies it: from localStorage, before the page is drawn.
  if (elder) await page.addInitScript(() => localStorage.setItem('chuanhui-elder', '1.5'));
  await page.goto(`${site.preview.url}${path}`);
  await page.locator('.event-calendar').waitFor();
  if (elder) expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('1.5');
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
    await expect.poll(() => page.locator('.event-calendar').textContent()).toContain('10th "Voice of Chuanhui" community arts showcase — final');
    await page.locator('.calendar-event', { hasText: 'Voice of Chuanhui' }).first().click();
    await page.waitForURL(/\/en\/performances\//);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/**
 * Layout, measured in the page: every line of every event's text lies inside the event's own box
 * (the week view once centred it 300 px to the right of a 137 px event), the event lies inside the
 * calendar, and the page never scrolls sideways.
 */
interface Layout {
  scrollWidth: number;
  clientWidth: number;
  events: number;
  outside: string[];
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const calendar = document.querySelector('.event-calendar')!.getBoundingClientRect();
    const outside: string[] = [];
    const items = [...document.querySelectorAll<HTMLElement>('.calendar-event, .calendar-day-mark')].filter((el) => el.getClientRects().length > 0);
    for (const item of items) {
      const box = item.getBoundingClientRect();
      const name = (item.textContent ?? '').slice(0, 24);
      if (box.left < calendar.left - 1 || box.right > calendar.right + 1)
        outside.push(
          `event box ${Math.round(box.left)}–${Math.round(box.right)} outside the calendar ${Math.round(calendar.left)}–${Math.round(calendar.right)}: ${name}`,
        );
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      let first = true;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          if (line.width === 0) continue;
          if (line.left < box.left - 1 || line.right > box.right + 1)
            outside.push(`text ${Math.round(line.left)}–${Math.round(line.right)} outside its event ${Math.round(box.left)}–${Math.round(box.right)}: ${name}`);
          // the first line (the time, or the start of the title) is where the event begins
          if (first && (line.top < box.top - 1 || line.bottom > box.bottom + 1))
            outside.push(
              `first line ${Math.round(line.top)}–${Math.round(line.bottom)} outside its event ${Math.round(box.top)}–${Math.round(box.bottom)}: ${name}`,
            );
          first = false;
        }
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, events: items.length, outside };
  });
}

describe('the calendar’s layout: event text inside its event, no sideways scrolling', () => {
  const views = [
    ['month', '?month=2026-12&view=month'],
    ['week', '?date=2026-12-07&view=week'],
    ['list', '?month=2026-12&view=list'],
  ] as const;
  const cases = views.flatMap(([view, search]) =>
    [1280, 390].flatMap((width) => ['', '/en'].flatMap((lang) => [false, true].map((elder) => ({ view, search, width, lang, elder })))),
  );

  it.each(cases)('$view view, $width px, $lang elder mode $elder', async ({ view, search, width, lang, elder }) => {
    const { page, problems } = await openCalendar(`${lang}/calendar/${search}`, width, { elder });
    await expect.poll(() => page.locator('.calendar-event').count()).toBeGreaterThan(1);
    await page.waitForTimeout(300); // the day marks arrive with the events; let the grid settle
    const layout = await measure(page);
    expect(layout.outside).toEqual([]);
    expect(layout.scrollWidth, `${view} at ${width}px scrolls sideways`).toBeLessThanOrEqual(layout.clientWidth);
    expect(problems).toEqual([]);
    if (!elder && !lang) {
      mkdirSync('/tmp/shots-cal', { recursive: true });
      await page.locator('.event-calendar').screenshot({ path: `/tmp/shots-cal/test-${view}-${width}.png` });
    }
    await page.close();
  });
});

describe('the week view', () => {
  it('stays on its week when reloaded, with 上周/下周 buttons, and an old ?month= link still opens', async () => {
    const { page, problems } = await openCalendar('/calendar/?month=2026-12&view=week');
    const firstDay = () => page.locator('.event-calendar [role=columnheader][data-date], .event-calendar [data-date]').first().getAttribute('data-date');
    await expect.poll(firstDay).toBe('2026-11-30'); // the week holding 1 December: old links open there
    await page.getByRole('button', { name: '下周' }).click();
    await page.getByRole('button', { name: '下周' }).click();
    await expect.poll(firstDay).toBe('2026-12-14');
    await expect.poll(() => query(page).get('date')).toBe('2026-12-14');
    expect(query(page).get('view')).toBe('week');
    expect(await page.getByRole('button', { name: '下月' }).count()).toBe(0);
    for (let reload = 0; reload < 2; reload++) {
      await page.reload();
      await expect.poll(firstDay).toBe('2026-12-14');
      expect(query(page).get('date')).toBe('2026-12-14');
    }
    await page.getByRole('button', { name: '上周' }).click();
    await expect.poll(() => query(page).get('date')).toBe('2026-12-07');
    await page.locator('.event-calendar button', { hasText: /^月$/ }).click();
    await expect.poll(() => query(page).get('month')).toBe('2026-12');
    expect(query(page).get('date')).toBeNull();
    await expect.poll(() => page.getByRole('button', { name: '下月' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('smaller things a resident meets', () => {
  it('fetches only months that exist: no 404 when moving far past the last event', async () => {
    const { page, problems, monthFiles } = await openCalendar('/calendar/?month=2027-11');
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '下月' }).click();
    await expect.poll(() => page.locator('.event-calendar').textContent()).toContain('2028年3月');
    expect(monthFiles.every((month) => month <= '2027-12')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when ?community= names no community, instead of an empty calendar labelled 全部社区', async () => {
    const { page } = await openCalendar('/calendar/?month=2026-12&community=nosuch');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('没有编号为“nosuch”的社区');
    await expect.poll(async () => (await eventTitles(page)).join('|')).toContain('第十届“川汇之声”');
    await page.close();
  });

  it('keeps the last type unticked when it is unticked (an empty calendar, not all five again)', async () => {
    const { page } = await openCalendar('/calendar/?month=2026-12&type=performance');
    await expect.poll(() => page.locator('.calendar-event').count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: '演出' }).uncheck();
    await expect.poll(() => page.locator('.calendar-event').count()).toBe(0);
    for (const label of ['演出', '赛事', '课程', '活动', '通知']) expect(await page.getByRole('checkbox', { name: label }).isChecked(), label).toBe(false);
    expect(query(page).get('type')).toBe('none');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('没有选择任何类型');
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: '课程' }).isChecked()).toBe(false);
    await page.close();
  });

  it('shows English match titles with the round and the teams’ names', async () => {
    const { page } = await openCalendar('/en/calendar/?month=2026-12&type=match&view=list');
    const titles = () => page.locator('.calendar-event').allTextContents();
    await expect.poll(async () => (await titles()).join('|')).toContain('A组第1轮: 柳开社区队 – 江滨社区队');
    expect((await titles()).join('|')).not.toMatch(/liukai – jiangbin/);
    await page.close();
  });

  it('without JavaScript, says where the grid would be that the list below holds the events', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.preview.url}/calendar/`);
    expect(await page.locator('.calendar-island .calendar-noscript').textContent()).toContain('日历网格需要 JavaScript');
    await context.close();
  });
});

describe('holidays, 调休 and 节气 (chinese-days) in the month and list views', () => {
  const cell = (page: Page, date: string) => page.locator(`.event-calendar [role=cell][data-date="${date}"]`);

  it('国庆节 2026 in the month view: 休 on 10-01 to 10-07 with their 农历 days, 寒露 on 10-08, 班 on Saturday 10-10', async () => {
    const { page, problems } = await openCalendar('/calendar/?month=2026-10&view=month');
    await expect.poll(() => cell(page, '2026-10-01').textContent()).toContain('休');
    await expect.poll(() => cell(page, '2026-10-10').textContent()).toContain('调休上班(国庆节)');
    for (let day = 1; day <= 7; day++) expect(await cell(page, `2026-10-0${day}`).locator('.day-badge').textContent(), `10-0${day}`).toBe('休');
    expect(await cell(page, '2026-10-01').textContent()).toContain('廿一');
    expect(await cell(page, '2026-10-08').locator('.day-badge').count()).toBe(0);
    expect(await cell(page, '2026-10-08').textContent()).toContain('寒露');
    expect(await cell(page, '2026-10-09').locator('.day-badge').count()).toBe(0);
    expect(await cell(page, '2026-10-10').locator('.day-badge').textContent()).toBe('班');
    expect(await page.locator('.calendar-day-mark.day-off').first().textContent()).toContain('国庆节 · 休');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the same in English, and in the list view each day off and the working day are listed', async () => {
    const { page } = await openCalendar('/en/calendar/?month=2026-10&view=month');
    await expect.poll(() => cell(page, '2026-10-08').textContent()).toContain('Cold Dew');
    expect(await cell(page, '2026-10-01').textContent()).toContain('Off');
    expect(await cell(page, '2026-10-02').textContent()).toContain('☾8/22');
    expect(await cell(page, '2026-10-10').textContent()).toContain('Work');
    await page.close();

    const list = await openCalendar('/calendar/?month=2026-10&view=list');
    await expect.poll(() => list.page.locator('.calendar-day-mark').count()).toBeGreaterThanOrEqual(8);
    const rows = await list.page.locator('.calendar-day-mark').allTextContents();
    expect(rows.filter((row) => row.includes('国庆节 · 休'))).toHaveLength(7);
    expect(rows.filter((row) => row.includes('调休上班(国庆节)'))).toHaveLength(1);
    await list.page.close();
  });
});
