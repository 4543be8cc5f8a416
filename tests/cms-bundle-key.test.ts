/**
 * The CMS bundle is reused while its key is unchanged (scripts/cms-bundle.ts). The key covers the
 * bundle's own inputs and the files that build it; a plugin moved into a file of its own that the
 * key does not read would leave an old bundle in use after the plugin changed (it happened once).
 */
import { describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { BUILD_FILES, markBundleUsed, pruneBundles } from '../scripts/cms-bundle.ts';
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

describe('the CMS bundle cache', () => {
  it('keeps a bundle built after others were used while the process clock was moved (npm run test:night)', () => {
    const cache = mkdtempSync(join(tmpdir(), 'cms-cache-'));
    try {
      const bundle = (name: string) => {
        mkdirSync(join(cache, name));
        return join(cache, name);
      };
      // Four bundles used under a clock a day ahead of the file system's, as faketime moves it.
      vi.useFakeTimers({ now: Date.now() + 86_400_000, toFake: ['Date'] });
      for (const name of ['a', 'b', 'c', 'd']) markBundleUsed(bundle(name));
      vi.useRealTimers();
      // File times advance by the kernel's tick (a few milliseconds): a build comes later than that.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      const built = bundle('new');
      markBundleUsed(built);
      pruneBundles(cache);
      expect(readdirSync(cache)).toContain('new');
      expect(readdirSync(cache)).toHaveLength(4);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
