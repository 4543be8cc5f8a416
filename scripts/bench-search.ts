/**
 * Search figures (`npm run bench:search`): the size of the Pagefind index, how much of it the
 * pinyin and synonym terms add (the same site re-indexed with the terms stripped, in the same
 * run: goal at most 15 %), and the bytes a browser downloads to answer its first query on the
 * search page (goal: under 150 KB), with and without the 繁→简 table, measured in Chromium
 * against the built site. Builds first when dist/ has no index.
 *
 *   npm run bench:search                   the site in dist/
 *   npm run bench:search -- --entries 5000 a fixture site of 5,000 synthetic entries
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startPreview } from '../tests/support/browser.ts';
import { PLACEHOLDER_SITE_URL } from '../src/lib/site-url.ts';
import { T2S_TABLE_PATH } from '../src/lib/simplified.ts';
import { makeFixture } from '../tests/support/fixture-build.ts';
import { syntheticContent } from './bench/synthetic-content.ts';
import { indexSite } from './search-index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const at = process.argv.indexOf('--entries');
const entries = at > 0 ? Number(process.argv[at + 1]) : undefined;
const project = entries ? makeFixture(await syntheticContent(entries)) : root;
const dist = join(project, 'dist');
if (!existsSync(join(dist, 'pagefind/pagefind-entry.json'))) {
  console.log(entries ? `building ${entries} synthetic entries…` : 'building the site…');
  execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: project,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: process.env['SITE_URL'] || PLACEHOLDER_SITE_URL, NODE_ENV: 'production' },
  });
}

const sizeOf = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce(
    (sum, name) => sum + (statSync(join(dir, name)).isFile() ? statSync(join(dir, name)).size : 0),
    0,
  );
const indexSize = (dir: string) => sizeOf(join(dir, 'pagefind', 'index')) + sizeOf(join(dir, 'pagefind', 'filter'));
const withTerms = indexSize(dist);
// The baseline: the same pages without their search terms, indexed by the same Pagefind.
const stripped = join(project, '.tmp', 'bench-search-stripped');
rmSync(stripped, { recursive: true, force: true });
cpSync(dist, stripped, { recursive: true, filter: (path) => !path.includes(`${join(dist, 'pagefind')}`) });
for (const file of readdirSync(stripped, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(join(stripped, file), 'utf8');
  writeFileSync(join(stripped, file), html.replace(/<p class="search-terms"[^>]*>[^<]*<\/p>/g, ''));
}
await indexSite(stripped);
const withoutTerms = indexSize(stripped);
rmSync(stripped, { recursive: true, force: true });
console.log(`Pagefind index (all languages, with its scripts): ${kb(sizeOf(join(dist, 'pagefind')))}`);
console.log(
  `word index and filters: ${kb(withTerms)} with the pinyin and synonym terms, ${kb(withoutTerms)} without: +${(((withTerms - withoutTerms) / withoutTerms) * 100).toFixed(1)} % (goal at most 15 %)`,
);

const preview = await startPreview(dist);
const browser = await launchBrowser();
try {
  // 乒乓球 and 圖書館 fetch the 繁→简 table (any query with Chinese does); pingpang and volleyball do not.
  for (const [path, query] of [
    ['/search/', '乒乓球'],
    ['/search/', '圖書館'],
    ['/search/', 'pingpang'],
    ['/en/search/', 'volleyball'],
  ] as const) {
    const page = await browser.newPage();
    const fetched: { url: string; bytes: number; gzip: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const url = new URL(response.url()).pathname;
      // pagefind's index files are compressed already; others are counted as a server would gzip them
      fetched.push({ url, bytes: body.length, gzip: /\.pf_|\.pagefind$/.test(url) ? body.length : gzipSync(body).length });
    });
    await page.goto(`${preview.url}${path}?q=${encodeURIComponent(query)}`);
    // answered: results, or "nothing found" (a synthetic site may not have every word)
    await page.waitForFunction(() => document.querySelector('[data-search-results] li') || document.querySelector('[data-search-status] p'));
    await page.waitForLoadState('networkidle');
    const isSearch = (url: string) => url.startsWith('/pagefind/') || url === T2S_TABLE_PATH;
    const search = fetched.filter((f) => isSearch(f.url));
    const pageFiles = fetched.filter((f) => !isSearch(f.url));
    const total = (files: typeof fetched) => files.reduce((s, f) => s + f.gzip, 0);
    console.log(`${path}?q=${query}: search downloads ${kb(total(search))} (goal < 150 KB), the page itself ${kb(total(pageFiles))}, all compressed`);
    for (const f of search.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${f.url} ${kb(f.gzip)}`);
    await page.close();
  }
} finally {
  await browser.close();
  preview.stop();
  if (entries) rmSync(project, { recursive: true, force: true });
}
