/**
 * `npm run build`: builds the site (`astro build`, then the Pagefind search index) into a
 * staging folder and only when the whole build succeeded swaps it into dist/. A failed build leaves the
 * previous dist/ exactly as it was, so a half-written site can never be deployed. The site it
 * replaced is kept in .dist-replaced/ until the next build, which deletes it while it runs.
 *
 *   npm run build                 → dist/
 *   npm run build -- --outDir x   → x/ (same guarantee)
 *
 * Without SITE_URL it refuses to start (every absolute URL would be the placeholder), unless
 * `--local-preview` asks for a build to look at on this machine; a build for the placeholder
 * address says so loudly at the end.
 *
 *   SITE_URL=https://www.chuanhui.gov.cn npm run build
 *   npm run build -- --local-preview      → placeholder address, not for deployment
 *
 * While Astro starts, every file in content/ is checked (scripts/content-check.ts); problems are
 * printed one block each and the build stops there, with nothing of Astro's output.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from './search-index.ts';
import { LOCAL_PREVIEW_FLAG, missingSiteUrlError, placeholderSiteWarning } from '../src/lib/site-url.ts';
import { pruneCardCache } from '../src/lib/share-card-cache.ts';

const args = process.argv.slice(2);
/** Seconds since `start` (performance.now()), for the phase lines `npm run bench` reads. */
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(2);
// Before anything is touched: a refused build leaves dist/ (and the staging folder) alone.
const missing = missingSiteUrlError(process.env, args);
if (missing) {
  console.error(`\n${missing}\n`);
  process.exit(1);
}
if (args.includes(LOCAL_PREVIEW_FLAG)) args.splice(args.indexOf(LOCAL_PREVIEW_FLAG), 1);
const at = args.indexOf('--outDir');
const outDir = resolve(at >= 0 && args[at + 1] ? args.splice(at, 2)[1]! : 'dist');
const outName = outDir.split(/[\\/]/).pop();
const staging = join(dirname(outDir), `.${outName}-building-${process.pid}`);
// The site a build replaces is kept here until the next build, which deletes it while Astro
// runs: deleting tens of thousands of files takes seconds on some file systems (6 s for the
// 21,000 files of a 5,000-entry site here), and an editor waiting for a notice to go live
// should not wait for that too.
const replaced = join(dirname(outDir), `.${outName}-replaced`);

mkdirSync(dirname(outDir), { recursive: true });
rmSync(staging, { recursive: true, force: true });
let doomed: string | undefined;
if (existsSync(replaced)) {
  doomed = `${replaced}-deleting-${process.pid}`;
  renameSync(replaced, doomed);
}
const deleting = doomed ? rm(doomed, { recursive: true, force: true }) : Promise.resolve();
function fail(status: number): never {
  rmSync(staging, { recursive: true, force: true });
  if (doomed) rmSync(doomed, { recursive: true, force: true });
  console.error(`\n构建失败,${outDir} 保持不变(build failed: ${outDir} was left as it was)`);
  process.exit(status);
}

// Astro starts at once, its output held back; meanwhile every content file is checked outside
// Astro (scripts/content-check.ts, src/lib/content-check.ts), on the other core. An editor's mistake is printed as one block
// per problem, with the line, and nothing else: Astro is stopped and what it printed dropped.
// BUILD_DEBUG=1 lets Astro go on, to see its own messages and stack traces for the same content.
// Astro's own CLI under this Node (npx would add half a second of start-up).
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const astroStarted = performance.now();
const astroRun = spawn(process.execPath, [astro, 'build', '--outDir', staging, ...args], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: process.stdout.isTTY && !process.env.NO_COLOR ? { ...process.env, FORCE_COLOR: '1' } : process.env,
});
let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
for (const [from, to] of [
  [astroRun.stdout, process.stdout],
  [astroRun.stderr, process.stderr],
] as const)
  from.on('data', (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk)));
const astroExit = new Promise<number>((done) => astroRun.on('close', (code) => done(code ?? 1)));

// In a process of its own: it reads every entry, and what it held would otherwise stay in this
// process's memory beside Astro's for the whole build (about 130 MB at 5,000 entries).
const checkStarted = performance.now();
const checkRun = spawn(process.execPath, [fileURLToPath(new URL('content-check.ts', import.meta.url))], { stdio: ['ignore', 'ignore', 'pipe'] });
let checkErrors = '';
checkRun.stderr.setEncoding('utf8').on('data', (chunk: string) => (checkErrors += chunk));
const checkStatus = await new Promise<number>((done) => checkRun.on('close', (code) => done(code ?? 1)));
if (checkStatus !== 0) {
  console.error(`\n${checkErrors.trim() || `content check exited with ${checkStatus}`}`);
  if (!process.env.BUILD_DEBUG) {
    astroRun.kill();
    await astroExit;
    fail(1);
  }
} else console.log(`[build] content check: ${seconds(checkStarted)} s (while Astro started)`);
for (const [to, chunk] of held) to.write(chunk);
held = undefined;
const status = await astroExit;
if (status !== 0) fail(status);
console.log(`[build] astro build: ${seconds(astroStarted)} s`);
try {
  await indexSite(staging);
} catch (error) {
  console.error(error);
  fail(1);
}
const swapStarted = performance.now();
await deleting;
// Two renames: the moment dist/ is missing is as short as the file system allows.
if (existsSync(outDir)) {
  rmSync(replaced, { recursive: true, force: true }); // only there if another build made it meanwhile
  renameSync(outDir, replaced);
}
renameSync(staging, outDir);
// The share-card cache keeps the cards this site uses, no more (src/lib/share-card-cache.ts).
const pruned = pruneCardCache(outDir);
if (pruned) console.log(`removed ${pruned} unused share cards from the cache`);
console.log(`[build] replacing dist/ and pruning the card cache: ${seconds(swapStarted)} s`);
console.log(`\n网站已构建到 ${outDir}(site built into ${outDir})`);
// Last, so that it is what a person deploying sees (stderr: it also shows when stdout is hidden).
const warning = placeholderSiteWarning(process.env);
if (warning) console.error(`\n${warning}\n`);
