/**
 * The league editor at scale (`npm run bench:cms-league`): a league of 500 fixtures (by default)
 * opened in the CMS as production serves it (a `--local-preview` build served by `astro preview`,
 * the local backend decap-server), in Chromium at 1280 × 900. Prints, per session:
 *
 * - open: navigation → the form filled (the title in its field and the last fixture's summary
 *   shown), in the page's own clock (a direct link: the CMS starts first);
 * - from the list: in a CMS already started, a click on the league in 体育赛事's list → the same;
 * - open again: the direct link once more in a new tab, the third load of the CMS in this browser
 *   (an editor who has used the CMS before, where Chromium may reuse the compiled script);
 * - keystroke latency, median and maximum of `--keys` keys: keydown → the next frame after the
 *   change was handled, typing into the title and into the first fixture's 主队比分.
 *
 *   npm run bench:cms-league                          500 fixtures, 2 sessions
 *   npm run bench:cms-league -- --fixtures 448 --sessions 3 --keys 30
 *   npm run bench:cms-league -- --no-build            reuse the last build in .tmp/bench-cms-league/
 *   npm run bench:cms-league -- --no-preview          type with the preview pane closed
 *   npm run bench:cms-league -- --profile             CPU profiles of the open and of the score keystrokes (.tmp/bench-cms-league/*.cpuprofile)
 *
 * A benchmark, not a test: it asserts nothing. Note the machine's load with the figures.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cmsSite, loadAverages } from './bench/cms-site.ts';
import { manyFixtureLeague } from '../tests/support/many-fixtures.ts';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const fixtures = option('--fixtures', 500);
const sessions = option('--sessions', 2);
const keys = option('--keys', 20);
const KEY = 'bench-cms-league';
const load = loadAverages;

console.log(`a ${fixtures}-fixture league`);
const { dir, preview, browser, stop } = await cmsSite(KEY, 18_481, () => manyFixtureLeague(KEY, fixtures));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** keydown → the first frame after the key was handled, for `count` keys typed into the focused field. */
async function typingLatency(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    document.addEventListener('keydown', (event) => ((window as unknown as { keyAt: number }).keyAt = event.timeStamp), { capture: true });
  });
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(String(i % 10));
    latencies.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - (window as unknown as { keyAt: number }).keyAt), 0)),
          ),
      ),
    );
    await page.waitForTimeout(150);
  }
  return latencies;
}

try {
  console.log(`${fixtures} fixtures, ${sessions} sessions, ${keys} keys each; Chromium 1280 × 900`);
  for (let session = 1; session <= sessions; session++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${preview.url}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('通知公告').first().waitFor();
    const lastRound = `第${Math.ceil(fixtures / 4)}轮`;
    const title = `${fixtures} 场社区三人制篮球联赛`;
    const formShown = (page: Page) =>
      page.waitForFunction(
        ({ lastRound, title }) => {
          const titleFilled = [...document.querySelectorAll('input')].some((input) => input.value === title);
          const summaries = [...document.querySelectorAll('div')].some((div) => div.childElementCount === 0 && div.textContent?.startsWith(`${lastRound} `));
          return titleFilled && summaries && performance.now();
        },
        { lastRound, title },
        { polling: 'raf', timeout: 120_000 },
      );
    // From the list: in the CMS already open, 体育赛事's list shown, the league clicked (what an editor does most).
    await page.goto(`${preview.url}/admin/#/collections/leagues`);
    const link = page.getByText(title, { exact: true }).first();
    await link.waitFor();
    // The list settled (an editor reads it before clicking): without the pause the open included the list's own loading.
    await page.waitForTimeout(1000);
    const clickedAt = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    await link.click();
    const fromListMs = ((await (await formShown(page)).jsonValue()) as number) - clickedAt;
    // Two CMS pages of one browser share a thread: the list's is closed before the direct open.
    await page.close();
    const before = load();
    const entry = await context.newPage();
    const profileOpen = process.argv.includes('--profile') ? await startProfile(entry) : undefined;
    await entry.goto(`${preview.url}/admin/#/collections/leagues/entries/${KEY}`);
    const openMs = (await (await formShown(entry)).jsonValue()) as number;
    if (profileOpen) await profileOpen(join(dir, `open-${session}.cpuprofile`));
    // The same link again, in a browser that has loaded the CMS twice (the list, the link); the
    // keys are typed there.
    await entry.close();
    const again = await context.newPage();
    await again.goto(`${preview.url}/admin/#/collections/leagues/entries/${KEY}`);
    const againMs = (await (await formShown(again)).jsonValue()) as number;

    // --no-preview: the preview pane closed, to tell its share of a keystroke from the form's.
    if (process.argv.includes('--no-preview')) await again.getByTitle('打开/关闭预览').click();
    await focusField(again, '赛事名称');
    const titleKeys = await typingLatency(again, keys);
    // The first fixture, then its 比赛结果, then 主队比分.
    await again.evaluate(() => {
      const summary = [...document.querySelectorAll('div')].find((div) => div.childElementCount === 0 && div.textContent?.startsWith('第1轮 '));
      summary?.parentElement?.querySelector('button')?.click();
    });
    await again.getByText('比赛结果', { exact: true }).filter({ visible: true }).first().locator('xpath=..').getByRole('button').first().click();
    await focusField(again, '主队比分');
    const profiler = process.argv.includes('--profile') ? await startProfile(again) : undefined;
    const scoreKeys = await typingLatency(again, keys);
    if (profiler) await profiler(join(dir, `score-keys-${session}.cpuprofile`));
    console.log(
      `session ${session}: open ${ms(openMs)}, from the list ${ms(fromListMs)}, open again ${ms(againMs)}; title keystroke median ${ms(median(titleKeys))} (max ${ms(Math.max(...titleKeys))}); ` +
        `score keystroke median ${ms(median(scoreKeys))} (max ${ms(Math.max(...scoreKeys))}); load average before ${before}, after ${load()}`,
    );
    await context.close();
  }
} finally {
  await stop();
}

/** Puts the caret at the end of the first field labelled `label` (Playwright's label lookup is slow over a form this size). */
async function focusField(page: Page, label: string) {
  const id = await page.waitForFunction(
    (label) =>
      [...document.querySelectorAll('label')].find(
        (element) => element.textContent?.trim().replace(' (可选)', '') === label && document.getElementById(element.htmlFor)?.checkVisibility(),
      )?.htmlFor,
    label,
    { timeout: 60_000 },
  );
  await page.locator(`[id="${(await id.jsonValue()) as string}"]`).click();
  await page.keyboard.press('End');
}

/** --profile: a CPU profile until the returned function is called; prints the functions with the most time of their own. */
async function startProfile(page: Page): Promise<(file: string) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return async (file) => {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    const interval = (profile.endTime - profile.startTime) / profile.samples!.length / 1000;
    const hits = new Map(profile.nodes.map((node) => [node.id, 0]));
    for (const id of profile.samples!) hits.set(id, hits.get(id)! + 1);
    const self = new Map<string, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const where = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
      self.set(where, (self.get(where) ?? 0) + hits.get(node.id)! * interval);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`profile (${file}), self time:\n${top.map(([where, time]) => `  ${ms(time)}  ${where}`).join('\n')}`);
  };
}
