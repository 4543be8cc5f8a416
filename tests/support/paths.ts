import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The site built once for all output and browser tests, with the clock pinned. */
export const BUILT_SITE = fileURLToPath(new URL('../../.tmp/test-dist/', import.meta.url));
/** Beijing time the test build treats as "now". */
export const TEST_NOW = '2026-11-27 10:00';
