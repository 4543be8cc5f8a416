/**
 * Browser tests: Debian's chromium driven by playwright-core (Playwright's own browser
 * download is not available here), against `astro preview` serving the test build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { BUILT_SITE, ROOT } from './paths.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Playwright gives every launch a fresh, empty profile directory of its own. */
export function launchBrowser(timeZone = 'Asia/Shanghai'): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The browser's zone is stated, never taken from the machine: Beijing by default, like the
    // district's residents and editors; the calendar test runs in New York and one CMS test in
    // Los Angeles, to prove that what they show does not depend on it.
    env: { ...process.env, TZ: timeZone },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Preview {
  url: string;
  stop: () => void;
}

/** Serves a built site with `astro preview` on a free loopback port (by default the test build). */
export async function startPreview(outDir = BUILT_SITE, cwd = ROOT): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn('npx', ['astro', 'preview', '--port', String(port), '--outDir', outDir, '--ignore-lock'], {
    cwd,
    stdio: 'pipe',
    detached: true,
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`astro preview did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, stop: () => child.pid && process.kill(-child.pid, 'SIGTERM') };
}

/** For a test file: the test build served by `astro preview` and a browser, for all its tests. */
export function useBuiltSite(timeZone?: string): { browser: Browser; preview: Preview } {
  const state = {} as { browser: Browser; preview: Preview };
  beforeAll(async () => {
    state.preview = await startPreview();
    state.browser = await launchBrowser(timeZone);
  });
  afterAll(async () => {
    await state.browser?.close();
    state.preview?.stop();
  });
  return state;
}
