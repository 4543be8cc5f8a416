/**
 * The calendar under `astro dev`, as an editor previews the site: React's development build
 * warned "Can't perform a React state update on a component that hasn't mounted yet" when the
 * events function answered before the island had mounted. No error or warning may be logged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { freePort, launchBrowser } from '../support/browser.ts';
import { TEST_NOW } from '../support/paths.ts';
import { makeFixture } from '../support/fixture-build.ts';

let dev: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  // Vitest's own variables (VITEST, NODE_ENV=test…) would make Astro behave as under test, not as an editor's dev server.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
  dev = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: makeFixture(),
    stdio: 'pipe',
    detached: true,
    env: { ...env, SITE_NOW: TEST_NOW },
  });
  let log = '';
  dev.stdout?.on('data', (chunk) => (log += chunk));
  dev.stderr?.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 120_000;
  let last: string;
  for (;;) {
    try {
      const response = await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) break;
      last = `${response.status}`;
    } catch (error) {
      last = String(error); // not listening yet
    }
    if (dev.exitCode !== null || Date.now() > deadline)
      throw new Error(
        `astro dev did not start (exit ${dev.exitCode}, ${Math.round((Date.now() - deadline + 120_000) / 1000)} s, last answer ${last}):\n${log}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

describe('the calendar under astro dev', () => {
  it.each(['/calendar/?month=2026-12', '/calendar/?date=2026-12-07&view=week'])(
    '%s loads its events with nothing logged',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const logged: string[] = [];
      page.on('console', (message) => (message.type() === 'error' || message.type() === 'warning') && logged.push(message.text()));
      page.on('pageerror', (error) => logged.push(error.message));
      // twice: the first visit waits for the dev server to compile; the second is how an editor meets it
      for (let visit = 0; visit < 2; visit++) {
        await page.goto(`${url}${path}`, { timeout: 180_000 });
        await expect.poll(() => page.locator('.calendar-event').count(), { timeout: 60_000 }).toBeGreaterThan(0);
        await page.waitForTimeout(2000);
      }
      expect(logged).toEqual([]);
      await page.close();
    },
    240_000,
  );
});
