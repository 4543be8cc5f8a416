/**
 * The CMS bundle is reused while its key is unchanged (scripts/cms-bundle.ts). The key covers the
 * bundle's own inputs and the files that build it; a plugin moved into a file of its own that the
 * key does not read would leave an old bundle in use after the plugin changed (it happened once).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { BUILD_FILES } from '../scripts/cms-bundle.ts';
import { ROOT } from './support/paths.ts';

const scripts = join(ROOT, 'scripts');
const keyed = new Set(BUILD_FILES.map((file) => relative(ROOT, join(scripts, file))));

/** The project files `file` imports (relative imports), followed through the files they import. */
function localImports(file: string, seen = new Set<string>()): Set<string> {
  for (const [, source] of readFileSync(join(ROOT, file), 'utf8').matchAll(/^import [^;]*? from '(\.{1,2}\/[^']+)';/gm)) {
    const path = relative(ROOT, join(ROOT, dirname(file), source!));
    if (seen.has(path)) continue;
    seen.add(path);
    localImports(path, seen);
  }
  return seen;
}

describe('the CMS bundle’s cache key', () => {
  it('reads every project file that builds the bundle', () => {
    const builders = localImports('scripts/cms-bundle.ts');
    expect(builders.size).toBeGreaterThan(1);
    expect([...builders].filter((file) => !keyed.has(file))).toEqual([]);
    expect(keyed.has('scripts/cms-bundle.ts')).toBe(true);
  });
});
