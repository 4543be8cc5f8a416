/**
 * Vitest global setup: builds the site once, from the tests' own content (tests/fixtures/content)
 * in a project copy (.tmp/test-site), with the clock pinned to TEST_NOW, into .tmp/test-dist, so
 * that output tests and browser tests read the same files a deployment would serve.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { BUILT_SITE, TEST_NOW, TEST_SITE } from './paths.ts';
import { makeFixture } from './fixture-build.ts';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/site-url.ts';

export default function setup() {
  if (process.env['SKIP_SITE_BUILD']) return;
  rmSync(BUILT_SITE, { recursive: true, force: true });
  makeFixture({}, { dir: TEST_SITE });
  // The production build: astro build, then the search index (scripts/build.ts).
  execFileSync(process.execPath, ['scripts/build.ts', '--outDir', BUILT_SITE], {
    cwd: TEST_SITE,
    // NODE_ENV: Vitest sets it to "test", which would give the site React's development build.
    // SITE_URL: a production build refuses to run without one; the tests build for the placeholder.
    env: { ...process.env, NODE_ENV: 'production', SITE_NOW: TEST_NOW, TZ: 'America/New_York', SITE_URL: PLACEHOLDER_SITE_URL },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
