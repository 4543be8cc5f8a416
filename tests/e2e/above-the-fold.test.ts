/**
 * The first screen shows the page itself (issue 17): on one page of every type found in the
 * build, in both languages, the page's <h1> and the first item of its main content are inside
 * the first viewport, at 390×844 (a phone) and 1280×800, in normal mode and in 长者模式 at every
 * text size. Residents mostly arrive from a link shared in WeChat: what they came for must be
 * there before they scroll.
 *
 * "Inside" means: the whole <h1>, and the top of the first item with at least two lines of it
 * (or all of it, if it is shorter). The first item is the first of ITEM in <main>, in document
 * order: a card or list entry, a table row, a page's facts, its poster, the first paragraph of
 * its text, the calendar itself, a campaign poster's dates.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/browser.ts';
import { pagesByType } from '../support/pages.ts';

const site = useBuiltSite();
const pages = pagesByType();

export const ITEM = [
  '.card-grid > li',
  '.item-list > li',
  '.grid > li',
  '.week-days > li',
  '.bracket-match',
  'table tr',
  '.facts',
  'figure.poster',
  '.campaign-poster > .lead',
  '.calendar-island',
  '.search-form',
  '.prose > *',
  'main > p:not(.lead):not(.home-tagline):not(.meta)',
].join(', ');

const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const MODES = [undefined, '1.25', '1.5', '2'] as const;

interface Fold {
  h1: { top: number; bottom: number } | null;
  item: { top: number; visible: number; needed: number; what: string } | null;
  viewport: number;
}

/** Where the page's h1 and first item are, measured in the browser before any scrolling. */
function measure(page: Page): Promise<Fold> {
  return page.evaluate((selector) => {
    const main = document.querySelector('main')!;
    const h1 = main.querySelector('h1');
    const item = [...main.querySelectorAll<HTMLElement>(selector)].find((el) => !el.closest('h1') && el.getClientRects().length > 0);
    const box = (el: Element) => el.getBoundingClientRect();
    let itemFold = null;
    if (item) {
      const rect = box(item);
      const line = parseFloat(getComputedStyle(item).lineHeight) || parseFloat(getComputedStyle(item).fontSize) * 1.7;
      const needed = Math.min(rect.height, 2 * line);
      itemFold = {
        top: Math.round(rect.top),
        visible: Math.round(window.innerHeight - rect.top),
        needed: Math.round(needed),
        what: `${item.tagName.toLowerCase()}.${[...item.classList].join('.')}`,
      };
    }
    return { h1: h1 ? { top: Math.round(box(h1).top), bottom: Math.round(box(h1).bottom) } : null, item: itemFold, viewport: window.innerHeight };
  }, ITEM);
}

describe('the first screen shows the page’s heading and first item', () => {
  it('covers every page type in both languages', () => {
    const types = new Set(pages.map((p) => p.type));
    for (const expected of ['zh home', 'en home', 'zh notices/:id', 'zh performances/:id', 'zh sports/:id', 'zh calendar', 'zh school', 'en library'])
      expect(types).toContain(expected);
  });

  for (const screen of SCREENS) {
    for (const elder of MODES) {
      const label = `${screen.width}×${screen.height}, ${elder ? `长者模式 ${elder}×` : 'normal mode'}`;
      it(`at ${label}`, { timeout: 240_000 }, async () => {
        const context = await site.browser.newContext({ viewport: screen, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
        if (elder) await context.addInitScript((scale) => localStorage.setItem('chuanhui-elder', scale), elder);
        const page = await context.newPage();
        const failures: string[] = [];
        for (const { path } of pages) {
          await page.goto(`${site.preview.url}${path}`, { waitUntil: 'load' });
          if (elder) expect(await page.evaluate(() => document.documentElement.dataset['elder']), path).toBe(elder);
          const fold = await measure(page);
          const where = `${path}: h1 ${fold.h1 ? `${fold.h1.top}–${fold.h1.bottom}` : 'none'}, first item ${fold.item ? `${fold.item.what} at ${fold.item.top} (${fold.item.visible}px on screen, needs ${fold.item.needed})` : 'none'}, screen ${fold.viewport}px`;
          if (!fold.h1 || fold.h1.top < 0 || fold.h1.bottom > fold.viewport) failures.push(`h1 not on the first screen — ${where}`);
          if (!fold.item || fold.item.top < 0 || fold.item.visible < fold.item.needed) failures.push(`first item not on the first screen — ${where}`);
        }
        expect(failures, label).toEqual([]);
        await context.close();
      });
    }
  }
});
