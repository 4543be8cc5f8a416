import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The site built once for all output and browser tests, with the clock pinned. */
export const BUILT_SITE = fileURLToPath(new URL('../../.tmp/test-dist/', import.meta.url));
/** Beijing time the test build treats as "now". */
export const TEST_NOW = '2026-11-27 10:00';
/**
 * The content the behaviour tests build and read: a copy the tests own, so that they keep passing
 * when the district replaces content/ (which only the content lint, tests/content-lint.test.ts,
 * and the CMS's front-matter comparison, tests/cms-front-matter-yaml.test.ts, read). Change it
 * with the tests that depend on it.
 */
export const FIXTURE_CONTENT = fileURLToPath(new URL('../fixtures/content/', import.meta.url));
/** The project copy (sources + fixture content) that the shared build and the dev-server tests run in. */
export const TEST_SITE = fileURLToPath(new URL('../../.tmp/test-site/', import.meta.url));
