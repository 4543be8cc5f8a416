/**
 * `npm run bench [-- 1000 5000 20000] [--no-lighthouse]`: the scale benchmark.
 *
 * For each size it writes that many synthetic entries (scripts/bench/synthetic-content.ts) into a
 * throw-away copy of the project, builds it, and reports build time, pages per second, peak
 * memory (the whole process tree), Pagefind's time and the output size; then it builds a bare
 * Astro project with the same number of plain Markdown pages and prints our time ÷ that
 * baseline. Share cards get a figure of their own: the first build starts from an empty card
 * cache (cold: every card drawn), a second build of the same copy reuses it (warm: what a
 * rebuild with the cache kept costs); the card endpoint prints how long cards took in each.
 * Last, Lighthouse (with Debian's Chromium) measures the home page, a notice, the
 * calendar and a league page of the largest build. Results go to stdout and .tmp/bench-results.md.
 */
import { mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism, totalmem } from 'node:os';
import { baselinePages, syntheticContent } from './bench/synthetic-content.ts';
import { measure, type Measured } from './bench/measure.ts';
import { makeFixture } from '../tests/support/fixture-build.ts';
import { pageWeight } from '../src/lib/page-weight.ts';
import { PLACEHOLDER_SITE_URL } from '../src/lib/site-url.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (!sizes.length) sizes.push(1000, 5000, 20000);
const withLighthouse = !args.includes('--no-lighthouse');
const NOW = '2026-11-27 10:00';

function write(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function bareProject(name: string): string {
  const dir = join(ROOT, '.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default { devToolbar: { enabled: false } };\n');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function folderStats(dir: string): { bytes: number; html: number; files: number } {
  let bytes = 0,
    html = 0,
    files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, html, files };
}

// Our site: the production build (astro build, then Pagefind), with its own share-card cache.
// The baseline: astro build.
const buildSite = (dir: string, cardCache: string): Promise<Measured> =>
  measure(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    env: {
      ...process.env,
      SITE_URL: process.env['SITE_URL'] || PLACEHOLDER_SITE_URL,
      NODE_ENV: 'production',
      SITE_NOW: NOW,
      NO_COLOR: '1',
      SHARE_CARD_CACHE: cardCache,
    },
  });
/** The card endpoint's line: "[share-cards] 72 cards: 72 drawn, 0 from cache, 4733 ms (summed per card: …)". */
function cardFigures(output: string): { cards: number; drawn: number; seconds: number } {
  const m = /\[share-cards\] (\d+) cards: (\d+) drawn, \d+ from cache, (\d+) ms/.exec(output);
  if (!m) throw new Error('the build printed no [share-cards] line');
  return { cards: Number(m[1]), drawn: Number(m[2]), seconds: Number(m[3]) / 1000 };
}
/** Astro's image step: "generating optimized images" … "✓ Completed in 1m 4s." (or 850ms, 12.5s). */
function imageSeconds(output: string): number | undefined {
  const step = output.indexOf('generating optimized images');
  if (step < 0) return undefined;
  const done = /✓ Completed in ((?:\d+m ?)?(?:[\d.]+s)?(?:\d+ms)?)\./.exec(output.slice(step))?.[1];
  if (!done) return undefined;
  const minutes = Number(/(\d+)m(?!s)/.exec(done)?.[1] ?? 0);
  const seconds = Number(/([\d.]+)s/.exec(done.replace(/\d+ms/, ''))?.[1] ?? 0);
  const ms = Number(/(\d+)ms/.exec(done)?.[1] ?? 0);
  return minutes * 60 + seconds + ms / 1000;
}
const buildBaseline = (dir: string): Promise<Measured> =>
  measure('npx', ['astro', 'build'], { cwd: dir, env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1' } });
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const rows: string[] = [];
const cardRows: string[] = [];
const imageRows: string[] = [];
let largest: string | undefined;
console.log(`scale benchmark on ${availableParallelism()} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`);
for (const size of sizes) {
  // A copy of the project sharing node_modules, as the tests' fixture builds make.
  const dir = makeFixture(await syntheticContent(size));
  console.log(`\n${size} entries: building the site (empty share-card cache)…`);
  const cardCache = join(ROOT, '.tmp', `bench-cards-${size}`);
  rmSync(cardCache, { recursive: true, force: true });
  const site = await buildSite(dir, cardCache);
  if (site.status !== 0) {
    console.error(site.output.slice(-4000));
    throw new Error(`the build of ${size} entries failed`);
  }
  console.log(`${size} entries: building the site again (cards cached)…`);
  const warm = await buildSite(dir, cardCache);
  if (warm.status !== 0) throw new Error(`the second build of ${size} entries failed:\n${warm.output.slice(-4000)}`);
  rmSync(cardCache, { recursive: true, force: true });
  const cold = cardFigures(site.output);
  const hot = cardFigures(warm.output);
  const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;
  const cardRow = `| ${size.toLocaleString('en')} | ${cold.cards.toLocaleString('en')} | ${cold.seconds.toFixed(1)} s of ${site.seconds.toFixed(1)} s (${share(cold.seconds, site.seconds)}), ${cold.drawn.toLocaleString('en')} drawn | ${hot.seconds.toFixed(1)} s of ${warm.seconds.toFixed(1)} s (${share(hot.seconds, warm.seconds)}), ${hot.drawn} drawn |`;
  cardRows.push(cardRow);
  console.log(cardRow);
  const posters = readdirSync(join(dir, 'content/media')).filter((name) => name.startsWith('bench-poster-')).length;
  const images = (output: string) => {
    const seconds = imageSeconds(output);
    return seconds === undefined ? '?' : `${seconds.toFixed(1)} s`;
  };
  const imageRow = `| ${size.toLocaleString('en')} | ${posters.toLocaleString('en')} | ${images(site.output)} of ${site.seconds.toFixed(1)} s | ${images(warm.output)} of ${warm.seconds.toFixed(1)} s |`;
  imageRows.push(imageRow);
  console.log(imageRow);
  const pagefind = /indexed \d+ pages for search in ([\d.]+) s/.exec(site.output)?.[1] ?? '?';
  const out = folderStats(join(dir, 'dist'));

  console.log(`${size} entries: building the bare Astro baseline…`);
  const base = bareProject(`bench-base-${size}`);
  write(base, baselinePages(size));
  const baseline = await buildBaseline(base);
  if (baseline.status !== 0) throw new Error(`the baseline build failed:\n${baseline.output.slice(-2000)}`);
  rmSync(base, { recursive: true, force: true });

  const row = `| ${size.toLocaleString('en')} | ${site.seconds.toFixed(1)} s | ${out.html.toLocaleString('en')} | ${(out.html / site.seconds).toFixed(0)} | ${mb(site.peakBytes)} | ${pagefind} s | ${mb(out.bytes)} (${out.files.toLocaleString('en')} files) | ${baseline.seconds.toFixed(1)} s, ${mb(baseline.peakBytes)} | ${(site.seconds / baseline.seconds).toFixed(2)} |`;
  rows.push(row);
  console.log(row);
  if (largest) rmSync(largest, { recursive: true, force: true });
  largest = dir;
}

const table = [
  '| entries | build | HTML pages | pages/s | peak memory | Pagefind | output | bare Astro (same number of Markdown pages) | ratio |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
];
const cardTable = ['| entries | share cards | cold cache: card time of build | warm cache: card time of build |', '|---:|---:|---:|---:|', ...cardRows];
const imageTable = [
  "| entries | posters (plus the sample site's 11 pictures) | image processing, first build | image processing, second build (processed images cached) |",
  '|---:|---:|---:|---:|',
  ...imageRows,
];
const report = [
  `Scale benchmark, ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, Node ${process.version}`,
  '',
  ...table,
  '',
  ...cardTable,
  '',
  ...imageTable,
];

if (withLighthouse && largest) {
  const { lighthouseReport } = await import('./bench/lighthouse.ts');
  report.push('', ...(await lighthouseReport(join(largest, 'dist'), largest)));
  const weights = ['/', '/notices/', '/calendar/', '/sports/'].map(
    (path) => `| ${path} | ${(pageWeight(join(largest!, 'dist'), path).total / 1024).toFixed(1)} KB |`,
  );
  report.push('', '| page (largest build) | first visit, gzipped |', '|---|---:|', ...weights);
}
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
writeFileSync(join(ROOT, '.tmp', 'bench-results.md'), `${report.join('\n')}\n`);
console.log(`\n${report.join('\n')}\n\n(also written to .tmp/bench-results.md)`);
if (largest) rmSync(largest, { recursive: true, force: true });
