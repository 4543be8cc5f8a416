/**
 * WCAG 2.2 A/AA (axe-core) on one page of every type, in both languages, with elder mode off and
 * on; keyboard use; 320 px reflow; elder mode itself.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/browser.ts';
import { pagesByType } from '../support/pages.ts';

// Evaluated through the DevTools protocol: the pages' CSP (rightly) refuses an injected <script>.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const site = useBuiltSite();

async function open(path: string, { elder = false, width = 1280 } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  if (elder) await context.addInitScript(() => localStorage.setItem('chuanhui-elder', '1.5'));
  const page = await context.newPage();
  await page.goto(`${site.preview.url}${path}`, { waitUntil: 'networkidle' });
  return page;
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG)} } })`)) as {
    violations: { id: string; help: string; nodes: { target: string[] }[] }[];
  };
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

const pages = pagesByType();

describe('WCAG 2.2 AA with axe-core', () => {
  it('covers every page type in both languages', () => {
    const types = new Set(pages.map((p) => p.type));
    for (const expected of ['zh home', 'en home', 'zh notices/:id', 'zh calendar', 'zh search', 'en sports/:id/:id', 'zh 404.html'])
      expect(types, expected).toContain(expected);
  });

  for (const { type, path } of pages) {
    it(`${type} (${path}) has no violations, elder mode off and on`, async () => {
      for (const elder of [false, true]) {
        const page = await open(path, { elder });
        expect(await axe(page), `${path}${elder ? ' in elder mode' : ''}`).toEqual([]);
        await page.context().close();
      }
    });
  }
});

/** What Chromium tells screen readers about a <summary> (a disclosure): its name and whether it is expanded. */
async function disclosures(page: Page): Promise<{ name: string; expanded: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; ignored?: boolean; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && n.role?.value === 'DisclosureTriangle')
    .map((n) => ({ name: String(n.name?.value ?? ''), expanded: n.properties?.find((p) => p.name === 'expanded')?.value.value === true }));
}

describe('the phone header (390 px): one line, a menu that opens without JavaScript', () => {
  for (const path of ['/', '/en/', '/notices/2026-11-20-cold-wave-safety/']) {
    it(`${path}: no axe violations with the menu and the urgent banner closed and open, elder mode off and on`, async () => {
      for (const elder of [false, true]) {
        const page = await open(path, { elder, width: 390 });
        const where = `${path}${elder ? ' in elder mode' : ''}`;
        expect(await axe(page), `${where}, menu closed`).toEqual([]);
        // The banner first: the open menu lies over the page below the bar.
        await page.locator('.urgent-more > summary').click();
        await page.locator('.site-menu > summary').click();
        expect(await page.locator('.site-menu nav').isVisible(), where).toBe(true);
        expect(await axe(page), `${where}, menu and banner open`).toEqual([]);
        await page.context().close();
      }
    });
  }

  it('is a disclosure whose expanded state screen readers hear, reached and worked by keyboard, with the sections in groups', async () => {
    const page = await open('/', { width: 390 });
    // The bar is one line: name, search, 长者, 菜单 side by side.
    const boxes = await page
      .locator('.site-header .bar > :is(.site-name, .search-link, .elder-controls, .site-menu)')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
    expect(boxes).toHaveLength(4);
    expect(Math.max(...boxes.map((b) => b.top)), 'all four share one row').toBeLessThan(Math.min(...boxes.map((b) => b.bottom)));
    expect(await disclosures(page)).toEqual([
      { name: '菜单', expanded: false },
      { name: '详情', expanded: false },
    ]);
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0); // closed: not in the accessibility tree
    // Keyboard: skip link, site name, search, 长者, 菜单; Enter opens it; the next Tab is inside.
    const focused = async () => page.evaluate(() => (document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || '').trim());
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order).toEqual(['跳到正文', '川汇社区', '搜索', '长者模式', '菜单']);
    await page.keyboard.press('Enter');
    expect((await disclosures(page))[0]).toEqual({ name: '菜单', expanded: true });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.menu-panel'))).toBe(true);
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await nav.getByRole('list', { name: '活动' }).getByRole('link').allTextContents()).toEqual(['活动日历', '文化演出', '体育赛事']);
    expect(await nav.getByRole('list', { name: '服务' }).getByRole('link').allTextContents()).toEqual(['图书馆', '社区', '场地']);
    expect(await nav.getByRole('link').count()).toBe(9);
    expect(await nav.getByRole('link', { name: '首页' }).getAttribute('aria-current')).toBe('page');
    // Enter on the summary again closes it.
    await page.locator('.site-menu > summary').focus();
    await page.keyboard.press('Enter');
    expect((await disclosures(page))[0]).toEqual({ name: '菜单', expanded: false });
    await page.context().close();
  });

  it('opens without JavaScript', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.preview.url}/notices/`);
    await page.getByText('菜单', { exact: true }).click();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '文明学校' }).click();
    await page.waitForURL(`${site.preview.url}/school/`);
    await context.close();
  });

  it('keeps the urgent banner to one line until 详情 is opened', async () => {
    for (const elder of [false, true]) {
      const page = await open('/', { width: 390, elder });
      const line = page.locator('.urgent-line');
      const oneLine = () => line.evaluate((el) => el.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(el).lineHeight));
      expect(await oneLine()).toBe(true);
      expect(await line.getByRole('link').getAttribute('href')).toBe('/notices/2026-11-20-cold-wave-safety/');
      await page.locator('.urgent-more > summary').click();
      expect(await page.locator('.urgent-more li').innerText()).toMatch(/寒潮及道路结冰预警:请老人儿童减少外出\s*\(有效至 2027年1月15日周五\)/);
      await page.context().close();
    }
  });

  it('switches elder mode from the bar and from the menu, both showing the same state', async () => {
    const page = await open('/', { width: 390 });
    await page.locator('.bar > .elder-controls [data-elder-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('1.5');
    await page.locator('.site-menu > summary').click();
    const inMenu = page.locator('.menu-panel [data-elder-toggle]');
    expect(await inMenu.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.menu-panel [data-elder-size]').isVisible()).toBe(true);
    await inMenu.click();
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBeUndefined();
    expect(await page.locator('.bar > .elder-controls [data-elder-toggle]').getAttribute('aria-pressed')).toBe('false');
    await page.context().close();
  });
});

describe('keyboard', () => {
  for (const path of ['/', '/calendar/?month=2026-12']) {
    it(`Tab reaches every control of ${path} with a visible focus indicator, and leaves the page (no trap)`, async () => {
      const page = await open(path);
      await page.locator('main').waitFor();
      if (path.startsWith('/calendar')) await page.locator('.calendar-event').first().waitFor();
      await page.waitForLoadState('networkidle');
      // Controls are told apart by what they are, not by node: the calendar re-renders its events.
      const signature = `(el) => [el.tagName, el.getAttribute('href'), el.getAttribute('name'), el.getAttribute('value'), el.getAttribute('aria-label'), (el.textContent || '').trim()].join('|')`;
      const controls = (await page.evaluate(`(() => {
        const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
        return [...document.querySelectorAll(selector)]
          .filter((el) => !el.disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
          .filter((el) => el.tagName === 'SUMMARY' || !el.closest('details:not([open])'))
          .map(${signature});
      })()`)) as string[];
      const reached = new Set<string>();
      const invisible: string[] = [];
      for (let i = 0; i < controls.length + 3; i++) {
        await page.keyboard.press('Tab');
        const focused = (await page.evaluate(`(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
          return { id: (${signature})(el), visible, text: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 30) };
        })()`)) as { id: string; visible: boolean; text: string } | null;
        if (!focused) break;
        reached.add(focused.id);
        if (!focused.visible) invisible.push(focused.text);
      }
      expect(
        controls.filter((id) => !reached.has(id)),
        'controls never reached',
      ).toEqual([]);
      expect(invisible, 'focus not visible on').toEqual([]);
      expect(
        await page.evaluate(() => document.activeElement === document.body || document.activeElement === null),
        'focus leaves the page after the last control',
      ).toBe(true);
      await page.context().close();
    });
  }
});

describe('reflow at 320 px', () => {
  it('no page type scrolls sideways, elder mode off or on', { timeout: 240_000 }, async () => {
    const wide: string[] = [];
    for (const elder of [false, true]) {
      const page = await open('/', { width: 320, elder });
      for (const { path } of pages) {
        await page.goto(`${site.preview.url}${path}`, { waitUntil: 'networkidle' });
        // Islands render after load: measure the calendar once its events are drawn.
        if (path.includes('/calendar/') && !path.includes('.')) await page.locator('.event-calendar').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) wide.push(`${path}${elder ? ' (elder)' : ''}: ${overflow}px`);
      }
      await page.context().close();
    }
    expect(wide).toEqual([]);
  });

  it('the phone menu and the urgent banner, open, do not scroll sideways either', async () => {
    for (const elder of [false, true]) {
      for (const path of ['/', '/en/']) {
        const page = await open(path, { width: 320, elder });
        await page.locator('.urgent-more > summary').click();
        await page.locator('.site-menu > summary').click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${path}${elder ? ' (elder)' : ''}`).toBeLessThanOrEqual(0);
        await page.context().close();
      }
    }
  });
});

describe('elder mode (长者模式)', () => {
  it('is switched on from the header, makes body text at least 25% larger, and is remembered after a reload', async () => {
    const page = await open('/notices/2026-11-20-cold-wave-safety/');
    const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
    const before = await bodySize();
    await page.getByRole('button', { name: '长者模式' }).click();
    expect(await page.getByRole('button', { name: '长者模式' }).getAttribute('aria-pressed')).toBe('true');
    const after = await bodySize();
    expect(after / before).toBeGreaterThanOrEqual(1.25);
    await page.reload();
    expect(await bodySize()).toBe(after);
    await page.getByRole('combobox', { name: '字号' }).selectOption('2');
    expect((await bodySize()) / before).toBeCloseTo(2, 1);
    await page.getByRole('button', { name: '长者模式' }).click();
    await page.reload();
    expect(await bodySize()).toBe(before);
    await page.context().close();
  });

  it('reads the main content aloud in Chinese with the browser’s speech synthesis', async () => {
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      Object.defineProperty(window, 'speechSynthesis', {
        value: { speaking: false, speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => {}, getVoices: () => [] },
      });
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        text: string;
        lang = '';
        voice = null;
        onend = null;
        constructor(text: string) {
          this.text = text;
        }
      };
    });
    const page = await context.newPage();
    await page.goto(`${site.preview.url}/notices/2026-11-20-cold-wave-safety/`);
    await page.getByRole('button', { name: '朗读本页' }).click();
    const spoken = (await page.evaluate('window.spoken')) as { text: string; lang: string }[];
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.lang).toBe('zh-CN');
    expect(spoken[0]!.text).toBe(await page.locator('main').innerText());
    expect(spoken[0]!.text).toContain('寒潮及道路结冰预警');
    await context.close();
  });

  it('hides read-aloud where the browser has no speech synthesis', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
    });
    const page = await context.newPage();
    await page.goto(`${site.preview.url}/`);
    // Both copies (the wide bar's and the phone menu's).
    const readButtons = page.locator('[data-read-aloud]');
    expect(await readButtons.count()).toBe(2);
    expect(await readButtons.evaluateAll((buttons) => buttons.every((b) => (b as HTMLElement).hidden))).toBe(true);
    await context.close();
  });
});

describe('print', () => {
  const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

  it('prints a content page without the site’s navigation', async () => {
    const page = await open('/notices/2026-11-10-low-income-review/');
    await page.emulateMedia({ media: 'print' });
    // .site-nav is drawn twice (the wide bar, the phone menu): neither prints.
    for (const chrome of ['.site-header', '.site-nav', '.site-footer', '.urgent-banner']) {
      const shown = await page.locator(chrome).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
      expect(shown, chrome).toBe(0);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await page.context().close();
  });

  it('lays out this week’s events on one A4 sheet, day by day, with a QR code to the calendar', async () => {
    for (const path of ['/this-week/', '/en/this-week/']) {
      const page = await open(path, { elder: true });
      expect(await page.locator('.week-days > li').count()).toBe(7);
      expect(await page.locator('.poster-qr svg').count()).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true })), path).toBe(1);
      await page.context().close();
    }
  });
});
