/**
 * Throw-away copies of the project, to build with changed content (what an editor would see on
 * a bad entry) or to let the CMS write into without touching the real content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.ts';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/site-url.ts';

export interface FixtureBuild {
  status: number | null;
  output: string;
  dir: string;
}

/**
 * A copy of the project (sharing node_modules), with `files` written (or deleted, when null).
 * `emptyContent` starts from an empty content/ instead of the sample content, for a test that
 * must own every entry it builds.
 */
export function makeFixture(files: Record<string, string | Uint8Array | null> = {}, options: { emptyContent?: boolean } = {}): string {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'fixture-'));
  for (const name of ['src', 'admin', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (name === 'content' && options.emptyContent) mkdirSync(join(dir, name));
    else cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
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
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1', SITE_URL: PLACEHOLDER_SITE_URL, ...env } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}

export function buildWithContent(files: Record<string, string | Uint8Array | null>, options: { emptyContent?: boolean } = {}): FixtureBuild {
  return buildFixture(makeFixture(files, options));
}
