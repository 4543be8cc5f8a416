/**
 * The CMS as a district serves it, for the CMS benchmarks (`npm run bench:cms-league`,
 * `npm run bench:cms-list`): a fixture site with the given content built with
 * `npm run build -- --local-preview` into .tmp/<name>/ (reused with `--no-build`), served by
 * `astro preview`, with its own decap-server as the local backend, and Chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, startPreview, type Preview } from '../../tests/support/browser.ts';
import { makeFixture } from '../../tests/support/fixture-build.ts';
import { ROOT } from '../../tests/support/paths.ts';

/** The machine's load averages (1, 5, 15 minutes), to print with every figure. */
export const loadAverages = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

export interface CmsSite {
  dir: string;
  preview: Preview;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * Builds (unless `--no-build` and a build exists) and serves the fixture site `name` with
 * `files` laid over the tests' content. `port` is the local backend's: the CMS bundle carries
 * admin/config.yml, so it is fixed at build time and differs per benchmark.
 */
export async function cmsSite(
  name: string,
  port: number,
  files: () => Promise<Record<string, string | Uint8Array>> | Record<string, string | Uint8Array>,
): Promise<CmsSite> {
  const dir = join(ROOT, '.tmp', name);
  if (!process.argv.includes('--no-build') || !existsSync(join(dir, 'dist/admin/index.html'))) {
    makeFixture(await files(), { dir });
    const config = join(dir, 'admin/config.yml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('http://127.0.0.1:8081/api/v1', `http://127.0.0.1:${port}/api/v1`));
    console.log(`building the fixture site… (load ${loadAverages()})`);
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--local-preview'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SITE_NOW: '2026-11-27 10:00' },
      // Astro lists every page it writes: several MB at 5,000 entries.
      maxBuffer: 1 << 30,
    });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const backend = spawn('bash', [join(dir, 'scripts/cms-server.sh')], {
    cwd: dir,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), GIT_REPO_DIRECTORY: dir },
  });
  const stopBackend = () => backend.pid && process.kill(-backend.pid, 'SIGTERM');
  try {
    await waitForBackend(port);
  } catch (error) {
    stopBackend();
    throw error;
  }
  const preview = await startPreview(join(dir, 'dist'), dir);
  const browser = await launchBrowser();
  return {
    dir,
    preview,
    browser,
    async stop() {
      await browser.close();
      preview.stop();
      stopBackend();
    },
  };
}

async function waitForBackend(port: number) {
  for (let tries = 0; tries < 100; tries++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('decap-server did not start');
}
