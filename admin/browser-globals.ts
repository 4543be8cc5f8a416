/**
 * Node's `global`, which @iarna/toml (in Decap's front-matter parser) reads as it loads. Decap
 * defines it in decap-cms-core's lib/polyfill.js, but under `astro dev` Vite's pre-bundled Decap
 * put @iarna/toml in a chunk that ran before that polyfill, and the CMS of `npm start` stopped at
 * "ReferenceError: global is not defined" before drawing anything (tests/e2e/dev-problems.test.ts).
 * admin/cms.ts imports this first; it imports nothing, so it runs before any of Decap.
 */
const scope = globalThis as { global?: unknown };
scope.global ??= globalThis;

export {};
