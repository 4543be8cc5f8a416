/**
 * Throw-away copies of the project, to build with changed content (what an editor would see on
 * a bad entry) or to let the CMS write into without touching the real content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURE_CONTENT, ROOT } from './paths.ts';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/site-url.ts';

export interface FixtureBuild {
  status: number | null;
  output: string;
  dir: string;
}

/**
 * A copy of the project's sources (sharing node_modules) with the tests' own content
 * (tests/fixtures/content, never the real content/), with `files` written (or deleted, when
 * null). `emptyContent` starts from an empty content/ instead, for a test that must own every
 * entry it builds. `dir` reuses a fixed folder (emptied first) instead of a fresh one.
 */
export function makeFixture(files: Record<string, string | Uint8Array | null> = {}, options: { emptyContent?: boolean; dir?: string } = {}): string {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  if (options.dir) rmSync(options.dir, { recursive: true, force: true });
  const dir = options.dir ?? mkdtempSync(join(ROOT, '.tmp', 'fixture-'));
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'admin', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  if (options.emptyContent) mkdirSync(join(dir, 'content'));
  else cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, body] of Object.entries(files)) {
    if (body === null) rmSync(join(dir, path));
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), body);
    }
  }
  return dir;
}

export function buildFixture(dir: string, env: Record<string, string> = {}): FixtureBuild {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1', SITE_URL: PLACEHOLDER_SITE_URL, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}

export function buildWithContent(files: Record<string, string | Uint8Array | null>, options: { emptyContent?: boolean } = {}): FixtureBuild {
  return buildFixture(makeFixture(files, options));
}
