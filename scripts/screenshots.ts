/**
 * `npm run screenshots`: PNGs of the pages a reviewer should look at, so the look can be judged
 * without building or opening a browser: the home page, a notice, a performance with a poster, a
 * league, the calendar (month, week and list) and the civility school, at 390 px (a phone) and
 * 1280 px, in normal mode and 长者模式 (更大字 1.5× and 特大字 2×), in Chinese and English.
 *
 * Each shot is the first screen (what a resident sees before scrolling); `--full` adds the whole
 * page as `…-full.png`. Files go to `screenshots/` (ignored by Git; never committed), named
 * `<page>-<width>-<normal|elder|elder2>-<zh|en>.png`.
 *
 *   npm run screenshots                       builds the site (clock pinned to SITE_NOW, default
 *                                             the tests' 2026-11-27 10:00) into .tmp/screenshots-dist
 *   npm run screenshots -- --dist .tmp/test-dist   uses a build that exists (e.g. the tests')
 *   npm run screenshots -- --only home --full      pages whose name contains "home", whole pages too
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startPreview } from '../tests/support/browser.ts';
import { PLACEHOLDER_SITE_URL } from '../src/lib/site-url.ts';
import { parseShanghaiDateTime, shanghaiMonth } from '../src/lib/dates.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const now = process.env['SITE_NOW'] ?? '2026-11-27 10:00';
const nowDate = parseShanghaiDateTime(now);
if (!nowDate) throw new Error(`SITE_NOW “${now}” is not a Beijing time like 2026-11-27 10:00`);
const out = join(root, 'screenshots');

const dist = option('--dist') ? resolve(option('--dist')!) : join(root, '.tmp/screenshots-dist');
if (!option('--dist')) {
  console.log(`Building the site (SITE_NOW=${now}) into ${dist} …`);
  execFileSync(process.execPath, ['scripts/build.ts', '--outDir', dist], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', SITE_NOW: now, SITE_URL: process.env['SITE_URL'] || PLACEHOLDER_SITE_URL },
  });
}
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no built site`);

/** The first entry page of a section whose HTML contains `marker` (so the choice follows the content). */
function firstEntry(section: string, marker = ''): string {
  const ids = readdirSync(join(dist, section), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const id = ids.find(
    (name) => existsSync(join(dist, section, name, 'index.html')) && readFileSync(join(dist, section, name, 'index.html'), 'utf8').includes(marker),
  );
  if (!id) throw new Error(`no page under /${section}/ contains ${marker}`);
  return `/${section}/${id}/`;
}

const month = shanghaiMonth(nowDate);
const PAGES: { name: string; path: string; calendar?: boolean }[] = [
  { name: 'home', path: '/' },
  { name: 'notice', path: firstEntry('notices') },
  { name: 'performance', path: firstEntry('performances', '<figure class="poster') },
  { name: 'league', path: firstEntry('sports', 'class="standings') },
  { name: 'calendar-month', path: `/calendar/?month=${month}&view=month`, calendar: true },
  { name: 'calendar-week', path: `/calendar/?month=${month}&view=week`, calendar: true },
  { name: 'calendar-list', path: `/calendar/?month=${month}&view=list`, calendar: true },
  { name: 'school', path: '/school/' },
];
const WIDTHS = [390, 1280];
const MODES: { name: string; elder?: string }[] = [{ name: 'normal' }, { name: 'elder', elder: '1.5' }, { name: 'elder2', elder: '2' }];
const LANGS = [
  { name: 'zh', prefix: '', locale: 'zh-CN' },
  { name: 'en', prefix: '/en', locale: 'en' },
];

// Files are overwritten, not cleared first: `--only` refreshes some and keeps the rest.
mkdirSync(out, { recursive: true });
const only = option('--only');
const full = args.includes('--full');
const preview = await startPreview(dist);
const browser = await launchBrowser();
let count = 0;
try {
  for (const width of WIDTHS) {
    for (const mode of MODES) {
      for (const lang of LANGS) {
        const height = width === 390 ? 844 : 800;
        const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: lang.locale, timezoneId: 'Asia/Shanghai' });
        if (mode.elder) await context.addInitScript((scale) => localStorage.setItem('chuanhui-elder', scale), mode.elder);
        const page = await context.newPage();
        await page.clock.setFixedTime(nowDate);
        for (const { name, path, calendar } of PAGES.filter((p) => !only || p.name.includes(only))) {
          await page.goto(`${preview.url}${lang.prefix}${path}`, { waitUntil: 'networkidle' });
          if (calendar) await page.locator('.event-calendar').waitFor();
          await page.evaluate(() => document.fonts.ready);
          const file = join(out, `${name}-${width}-${mode.name}-${lang.name}.png`);
          await page.screenshot({ path: file });
          if (full) await page.screenshot({ path: file.replace(/\.png$/, '-full.png'), fullPage: true });
          count++;
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  preview.stop();
}
console.log(`${count} screenshots (first screen${full ? ' and whole page' : ''}) in ${out}`);
