/**
 * Search figures (`npm run bench:search`): the size of the Pagefind index, and the bytes a
 * browser downloads to answer its first query on the search page (goal: under 150 KB), measured
 * in Chromium against the built site. Builds first when dist/ has no index.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startPreview } from '../tests/support/browser.ts';
import { PLACEHOLDER_SITE_URL } from '../src/lib/site-url.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
if (!existsSync(join(dist, 'pagefind/pagefind-entry.json'))) execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, SITE_URL: process.env['SITE_URL'] || PLACEHOLDER_SITE_URL, NODE_ENV: 'production' } });

const sizeOf = (dir: string): number => readdirSync(dir).reduce((sum, name) => sum + (statSync(join(dir, name)).isDirectory() ? sizeOf(join(dir, name)) : statSync(join(dir, name)).size), 0);
console.log(`Pagefind index (all languages, with its scripts): ${kb(sizeOf(join(dist, 'pagefind')))}`);

const preview = await startPreview(dist);
const browser = await launchBrowser();
try {
  for (const [path, query] of [['/search/', '乒乓球'], ['/en/search/', 'volleyball']] as const) {
    const page = await browser.newPage();
    const fetched: { url: string; bytes: number; gzip: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const url = new URL(response.url()).pathname;
      // pagefind's index files are compressed already; others are counted as a server would gzip them
      fetched.push({ url, bytes: body.length, gzip: /\.pf_|\.pagefind$/.test(url) ? body.length : gzipSync(body).length });
    });
    await page.goto(`${preview.url}${path}?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] li').first().waitFor();
    await page.waitForLoadState('networkidle');
    const search = fetched.filter((f) => f.url.startsWith('/pagefind/'));
    const pageFiles = fetched.filter((f) => !f.url.startsWith('/pagefind/'));
    const total = (files: typeof fetched) => files.reduce((s, f) => s + f.gzip, 0);
    console.log(`${path}?q=${query}: search downloads ${kb(total(search))} (goal < 150 KB), the page itself ${kb(total(pageFiles))}, all compressed`);
    for (const f of search.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${f.url} ${kb(f.gzip)}`);
    await page.close();
  }
} finally {
  await browser.close();
  preview.stop();
}
