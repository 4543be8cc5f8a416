/**
 * `astro dev` while content/ has a problem the build would refuse (issue 14, item 2): a venue was
 * deleted while a league's fixtures are still played there. Every page used to answer 500 with
 * Astro's English stack trace; now each page shows the build's Chinese problems, naming the
 * referring entry and its fields, and the CMS stays usable to fix it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchBrowser } from '../support/browser.ts';
import { TEST_NOW } from '../support/paths.ts';
import { makeFixture } from '../support/fixture-build.ts';

let dev: ChildProcess;
let url: string;
let dir: string;

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  dir = makeFixture({ 'content/venues/yishan-court.md': null });
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
  dev = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: 'ignore',
    detached: true,
    env: { ...env, SITE_NOW: TEST_NOW },
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    const answered = await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status > 0,
      () => false,
    );
    if (answered) break;
    if (dev.exitCode !== null || Date.now() > deadline) throw new Error(`astro dev did not start (exit ${dev.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 180_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('astro dev with a dangling reference in content/', () => {
  it('answers every page with the Chinese problem page naming the referring entry and its fields, and still serves the CMS', async () => {
    const page = (path: string) => fetch(`${url}${path}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(60_000) });
    for (const path of ['/', '/sports/', '/en/notices/']) {
      const response = await page(path);
      const html = await response.text();
      expect(response.status, path).toBe(503);
      expect(html).toContain('网站暂时无法显示');
      expect(html).toContain('<h2><code>content/leagues/2026-3x3-basketball.md</code></h2>');
      expect(html).toMatch(/赛程与结果 › 第 \d+ 项[^\n]* › 比赛场地\(fixtures\[\d+\]\.venue\):[^\n]*yishan-court/);
      expect(html).not.toMatch(/Error|stack/i);
    }
    const cms = await page('/admin/');
    expect(cms.status).toBe(200);
  }, 120_000);

  // Under astro dev Vite serves admin/cms.ts and its pre-bundled Decap, not the production bundle:
  // npm start's CMS once stopped there at "global is not defined" while the page answered 200.
  it('draws the CMS to its login screen (Decap served by Vite, as under npm start)', async () => {
    const browser = await launchBrowser();
    try {
      const cms = await browser.newPage();
      const errors: string[] = [];
      cms.on('pageerror', (error) => errors.push(error.message));
      // Vite may reload the page once it has pre-bundled Decap: the errors counted are the last load's.
      cms.on('framenavigated', (frame) => {
        if (frame === cms.mainFrame()) errors.length = 0;
      });
      await cms.goto(`${url}/admin/`);
      await cms.getByRole('button', { name: '登录' }).waitFor({ timeout: 150_000 });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
