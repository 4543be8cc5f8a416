/**
 * `npm run bench [-- 1000 5000 20000] [--rounds 2] [--lighthouse]`: the build benchmark.
 *
 * For each size, in one run and alternating so that a busy machine slows all of them alike:
 *
 * 1. the site: `size` synthetic entries (scripts/bench/synthetic-content.ts) in a throw-away copy
 *    of the project, built with `npm run build` (astro build, then Pagefind) — first with empty
 *    caches (cold: every share card drawn, every image processed, the CMS bundle built if its
 *    inputs changed), then `rounds` times with the caches the first build filled (warm: what CI
 *    does with its caches kept);
 * 2. a bare Astro project with the same entries in one content collection and one template, built
 *    once to warm its content store, then `rounds` times (scripts/bench/baselines.ts);
 * 3. Hugo on the same entries, when `hugo` is installed.
 *
 * It prints, per size: wall time and peak memory of the whole process tree (every child: Node,
 * the CMS bundler, Pagefind) of each, the ratio site ÷ bare Astro per entry and per HTML page,
 * where the site's warm build spends its time (scripts/bench/split.ts), the time from changing
 * one notice to the rebuilt site (publish to live, caches warm), share cards and images cold and
 * warm. `--lighthouse` adds Lighthouse and page weights for the largest build. Results go to
 * stdout and .tmp/bench-results.md.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { syntheticContent } from './bench/synthetic-content.ts';
import { bareAstroProject, hugoInstalled, hugoProject } from './bench/baselines.ts';
import { measure, type Measured } from './bench/measure.ts';
import { buildSplit } from './bench/split.ts';
import { makeFixture } from '../tests/support/fixture-build.ts';
import { pageWeight } from '../src/lib/page-weight.ts';
import { PLACEHOLDER_SITE_URL } from '../src/lib/site-url.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 2;
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (!sizes.length) sizes.push(1000, 5000, 20000);
const withLighthouse = args.includes('--lighthouse');
const withHugo = hugoInstalled();
const NOW = '2026-11-27 10:00';

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

const env = (extra: Record<string, string> = {}) => ({ ...process.env, NODE_ENV: 'production', NO_COLOR: '1', ...extra });
const buildSite = (dir: string, cardCache: string): Promise<Measured> =>
  measure(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    env: env({ SITE_URL: process.env['SITE_URL'] || PLACEHOLDER_SITE_URL, SITE_NOW: NOW, SHARE_CARD_CACHE: cardCache }),
  });
const astroCli = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const buildBare = (dir: string) => measure(process.execPath, [astroCli, 'build'], { cwd: dir, env: env() });
const buildHugo = (dir: string) => measure('hugo', ['--quiet', '--destination', 'public'], { cwd: dir, env: env() });

function ok(result: Measured, what: string): Measured {
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.output.slice(-4000)}`);
  return result;
}

/** The card endpoint's line: "[share-cards] 72 cards: 72 drawn, 0 from cache, 4733 ms (summed per card: …)". */
function cardFigures(output: string): { cards: number; drawn: number; seconds: number } {
  const m = /\[share-cards\] (\d+) cards: (\d+) drawn, \d+ from cache, (\d+) ms/.exec(output);
  if (!m) throw new Error('the build printed no [share-cards] line');
  return { cards: Number(m[1]), drawn: Number(m[2]), seconds: Number(m[3]) / 1000 };
}
const imageSeconds = (output: string) => buildSplit(output, 0).phases.find(([name]) => name === 'images')?.[1];

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const n = (count: number) => count.toLocaleString('en');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const list = (runs: Measured[]) => runs.map((run) => run.seconds.toFixed(1)).join(', ');

const rows: string[] = [];
const memoryRows: string[] = [];
const splitSections: string[] = [];
const publishRows: string[] = [];
const cardRows: string[] = [];
const imageRows: string[] = [];
let largest: string | undefined;
console.log(
  `build benchmark on ${availableParallelism()} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, load ${loadavg()[0]!.toFixed(1)}; ${rounds} warm rounds; Hugo ${withHugo ? 'installed' : 'not installed'}`,
);
for (const size of sizes) {
  const dir = makeFixture(await syntheticContent(size));
  const bare = join(ROOT, '.tmp', `bench-bare-${size}`);
  bareAstroProject(bare, size, join(ROOT, 'node_modules'));
  const hugo = join(ROOT, '.tmp', `bench-hugo-${size}`);
  if (withHugo) hugoProject(hugo, size);
  const cardCache = join(ROOT, '.tmp', `bench-cards-${size}`);
  rmSync(cardCache, { recursive: true, force: true });

  console.log(`\n${n(size)} entries: cold builds (empty share-card cache; the bare project's first build)…`);
  const cold = ok(await buildSite(dir, cardCache), `the site's first build of ${size} entries`);
  ok(await buildBare(bare), 'the bare Astro build');
  const site: Measured[] = [];
  const base: Measured[] = [];
  const hugos: Measured[] = [];
  for (let round = 1; round <= rounds; round++) {
    console.log(`${n(size)} entries: warm round ${round} of ${rounds}…`);
    site.push(ok(await buildSite(dir, cardCache), 'the site build'));
    base.push(ok(await buildBare(bare), 'the bare Astro build'));
    if (withHugo) hugos.push(ok(await buildHugo(hugo), 'the Hugo build'));
  }
  const out = folderStats(join(dir, 'dist'));
  const bareOut = folderStats(join(bare, 'dist'));
  const siteS = median(site.map((r) => r.seconds));
  const bareS = median(base.map((r) => r.seconds));
  const perPage = siteS / out.html / (bareS / bareOut.html);
  const hugoCell = withHugo ? `${list(hugos)} s` : 'not installed';
  const row = `| ${n(size)} | ${list(site)} s (cold ${s(cold.seconds)}) | ${list(base)} s | ${hugoCell} | ${(siteS / bareS).toFixed(2)} | ${n(out.html)} / ${n(bareOut.html)} | ${perPage.toFixed(2)} |`;
  rows.push(row);
  console.log(row);
  const peak = (runs: Measured[]) => mb(Math.max(...runs.map((r) => r.peakBytes)));
  const memoryRow = `| ${n(size)} | ${peak(site)} (cold ${peak([cold])}) | ${peak(base)} | ${withHugo ? peak(hugos) : '–'} | ${mb(out.bytes)} (${n(out.files)} files) |`;
  memoryRows.push(memoryRow);
  console.log(memoryRow);

  // Where the median warm build spent its time.
  const typical = site.find((r) => r.seconds === siteS)!;
  const split = buildSplit(typical.output, typical.seconds);
  splitSections.push(
    `${n(size)} entries, warm build of ${s(typical.seconds)}:`,
    '',
    '| phase | seconds |',
    '|---|---:|',
    ...split.phases.map(([name, seconds]) => `| ${name} | ${seconds.toFixed(1)} |`),
    `| (content check, alongside Astro's start) | (${split.check?.toFixed(1) ?? '?'}) |`,
    '',
    '| rendering, by route group (largest ten) | seconds |',
    '|---|---:|',
    ...split.routes.slice(0, 10).map(([name, seconds]) => `| ${name} | ${seconds.toFixed(1)} |`),
    '',
  );

  // Publish to live: an editor changes one notice; the site is rebuilt with every cache kept.
  const noticeFolder = join(dir, 'content/notices');
  const notice = join(
    noticeFolder,
    readdirSync(noticeFolder).find((name) => name.includes('bench-'))!,
  );
  const marker = `基准测试修改 ${Date.now()}`;
  writeFileSync(notice, readFileSync(notice, 'utf8').replace(/^title: (.*)$/m, `title: $1 ${marker}`));
  const publish = ok(await buildSite(dir, cardCache), 'the rebuild after one changed notice');
  const rebuilt = readdirSync(join(dir, 'dist/notices'), { recursive: true, encoding: 'utf8' }).some(
    (file) => file.endsWith('.html') && readFileSync(join(dir, 'dist/notices', file), 'utf8').includes(marker),
  );
  if (!rebuilt) throw new Error('the rebuilt site does not show the changed notice');
  const publishRow = `| ${n(size)} | ${s(publish.seconds)} | ${mb(publish.peakBytes)} |`;
  publishRows.push(publishRow);
  console.log(publishRow);

  const coldCards = cardFigures(cold.output);
  const warmCards = cardFigures(typical.output);
  const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;
  cardRows.push(
    `| ${n(size)} | ${n(coldCards.cards)} | ${s(coldCards.seconds)} of ${s(cold.seconds)} (${share(coldCards.seconds, cold.seconds)}), ${n(coldCards.drawn)} drawn | ${s(warmCards.seconds)} of ${s(typical.seconds)} (${share(warmCards.seconds, typical.seconds)}), ${warmCards.drawn} drawn |`,
  );
  const posters = readdirSync(join(dir, 'content/media')).filter((name) => name.startsWith('bench-poster-')).length;
  const images = (output: string, of: number) => `${imageSeconds(output)?.toFixed(1) ?? '?'} s of ${s(of)}`;
  imageRows.push(`| ${n(size)} | ${n(posters)} | ${images(cold.output, cold.seconds)} | ${images(typical.output, typical.seconds)} |`);

  rmSync(bare, { recursive: true, force: true });
  rmSync(hugo, { recursive: true, force: true });
  rmSync(cardCache, { recursive: true, force: true });
  if (largest) rmSync(largest, { recursive: true, force: true });
  largest = dir;
}

const report = [
  `Build benchmark, ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, Node ${process.version}, ${rounds} warm rounds`,
  '',
  '| entries | this site (`npm run build`), warm | bare Astro, one collection | Hugo | ratio per entry | HTML pages site / bare | ratio per HTML page |',
  '|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  '| entries | peak memory, site (process tree) | bare Astro | Hugo | site output |',
  '|---:|---:|---:|---:|---:|',
  ...memoryRows,
  '',
  '| entries | publish to live: one notice changed, caches kept | peak memory |',
  '|---:|---:|---:|',
  ...publishRows,
  '',
  ...splitSections,
  '| entries | share cards | cold cache: card time of build | warm cache: card time of build |',
  '|---:|---:|---:|---:|',
  ...cardRows,
  '',
  "| entries | posters (plus the sample site's pictures) | image processing, cold build | warm build (processed images cached) |",
  '|---:|---:|---:|---:|',
  ...imageRows,
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
