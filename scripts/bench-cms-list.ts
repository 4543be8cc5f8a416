/**
 * The notices list at district scale (`npm run bench:cms-list`): the synthetic content of
 * `npm run bench` (5,000 entries by default: 2,000 notices) opened in the CMS as production serves
 * it (a `--local-preview` build served by `astro preview`, the local backend decap-server), in
 * Chromium at 1280 × 900. Prints, per session, in the page's own clock:
 *
 * - list: the notices collection clicked → its first card shown, the cards rendered and the
 *   list's height, the first card (newest first?), and the bytes the list loaded;
 * - search 供暖: Enter → the first match shown;
 * - filter 有效: the menu item clicked → the filtered list shown;
 * - open a notice: navigation → its title in the form, and the bytes it loaded.
 *
 *   npm run bench:cms-list                       5,000 entries, 2 sessions
 *   npm run bench:cms-list -- --entries 1000 --sessions 3
 *   npm run bench:cms-list -- --no-build         reuse the last build in .tmp/bench-cms-list/
 *
 * A benchmark, not a test: it asserts nothing. Note the machine's load with the figures.
 */
import type { Page } from 'playwright-core';
import { cmsSite, loadAverages } from './bench/cms-site.ts';
import { syntheticContent } from './bench/synthetic-content.ts';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const entries = option('--entries', 5000);
const sessions = option('--sessions', 2);
const load = loadAverages;

console.log(`${entries} entries`);
const { preview, browser, stop } = await cmsSite('bench-cms-list', 18_482, () => syntheticContent(entries));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const CARDS = 'a[href*="#/collections/notices/entries/"]';

/** What the page loads from now on, until the returned function is called: total bytes and the largest responses. */
function bytesFrom(page: Page): () => Promise<{ total: number; largest: string }> {
  const sizes: Promise<[string, number]>[] = [];
  const listener = (response: import('playwright-core').Response) => {
    const request = response.request();
    const what = /"action":"(\w+)"/.exec(request.postData() ?? '')?.[1] ?? new URL(response.url()).pathname.split('/').pop()!;
    sizes.push(
      response
        .body()
        .then((body): [string, number] => [what, body.length])
        .catch((): [string, number] => [what, 0]),
    );
  };
  page.on('response', listener);
  return async () => {
    page.off('response', listener);
    const all = await Promise.all(sizes);
    const largest = all
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([what, size]) => `${what} ${kb(size)}`)
      .join(', ');
    return { total: all.reduce((sum, [, size]) => sum + size, 0), largest };
  };
}

/** `performance.now()` in the page once `predicate` holds, checked every frame. */
async function when(page: Page, predicate: string): Promise<number> {
  const handle = await page.waitForFunction(`(${predicate}) && performance.now()`, undefined, { polling: 'raf', timeout: 180_000 });
  return (await handle.jsonValue()) as number;
}
const now = (page: Page) => page.evaluate(() => performance.now());

try {
  console.log(`${entries} entries, ${sessions} sessions; Chromium 1280 × 900`);
  for (let session = 1; session <= sessions; session++) {
    const before = load();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${preview.url}/admin/#/collections/venues`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('活动场地').first().waitFor();
    await page.locator('a[href*="#/collections/venues/entries/"]').first().waitFor();

    // The list: click 通知公告 in the sidebar.
    let bytes = bytesFrom(page);
    let start = await now(page);
    await page.locator('a[href$="#/collections/notices"]').first().click();
    const firstCard = (await when(page, `document.querySelector('${CARDS}')`)) - start;
    await page.waitForTimeout(2000);
    const listBytes = await bytes();
    const shown = await page.evaluate(
      (cards) => ({
        count: document.querySelectorAll(cards).length,
        height: document.documentElement.scrollHeight,
        first: document.querySelector(cards)?.textContent?.trim().slice(0, 40),
      }),
      CARDS,
    );

    // Search 供暖.
    start = await now(page);
    await page.getByPlaceholder('查找所有...').fill('供暖');
    await page.keyboard.press('Enter');
    const search = (await when(page, `[...document.querySelectorAll('${CARDS}')].some((a) => a.textContent.includes('供暖'))`)) - start;
    const hits = await page.locator(CARDS).count();

    // Filter 有效 (back on the list).
    await page.goto(`${preview.url}/admin/#/collections/notices`);
    await page.locator(CARDS).first().waitFor({ timeout: 180_000 });
    const unfiltered = await page.locator(CARDS).count();
    await page.getByRole('button', { name: '筛选' }).click();
    start = await now(page);
    await page.getByRole('menuitem', { name: '有效' }).click();
    const filtered = (await when(page, `document.querySelectorAll('${CARDS}').length !== ${unfiltered}`)) - start;
    const active = await page.locator(CARDS).count();

    // Open the newest notice.
    const href = await page.locator(CARDS).first().getAttribute('href');
    const title = (await page.locator(CARDS).first().textContent())?.trim();
    bytes = bytesFrom(page);
    start = await now(page);
    await page.goto(`${preview.url}/admin/${href}`);
    const open = await page.waitForFunction(
      (title) => [...document.querySelectorAll('input')].some((input) => input.value && title?.includes(input.value)) && performance.now(),
      title,
      { polling: 'raf', timeout: 180_000 },
    );
    const opened = ((await open.jsonValue()) as number) - start;
    await page.waitForTimeout(2000);
    const openBytes = await bytes();

    console.log(
      `session ${session}: list ${seconds(firstCard)} to the first card (${shown.count} cards, ${shown.height.toLocaleString('en')} px, first “${shown.first}”, ${kb(listBytes.total)}: ${listBytes.largest}); ` +
        `search 供暖 ${seconds(search)} (${hits} cards); filter 有效 ${seconds(filtered)} (${active} of ${unfiltered} cards); ` +
        `open a notice ${seconds(opened)} from navigation (${kb(openBytes.total)}: ${openBytes.largest}); load average before ${before}, after ${load()}`,
    );
    await context.close();
  }
} finally {
  await stop();
}
