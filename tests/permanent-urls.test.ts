/** Links printed on posters keep working: every recorded address resolves, renamed entries redirect. */
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_SITE, ROOT } from './support/paths.ts';
import { buildFixture, makeFixture } from './support/fixture-build.ts';
import { missingUrls, readManifest, redirectsFor } from '../src/lib/permanent-urls.ts';
import { publishedPaths } from '../src/lib/published-paths.ts';

/** The record of the test content's addresses (the real urls.txt is checked by tests/content-lint.test.ts). */
const manifest = readManifest(readFileSync(join(ROOT, 'tests/fixtures/urls.txt'), 'utf8'));

describe('permanent URLs', () => {
  it('every recorded address resolves in the built site, as a page or a redirect', () => {
    expect(manifest.length).toBeGreaterThan(200);
    expect(missingUrls(manifest, new Set(publishedPaths(BUILT_SITE)))).toEqual([]);
  });

  it('a page removed without a redirect is caught', () => {
    const built = new Set(publishedPaths(BUILT_SITE));
    built.delete('/campaigns/golden-key-essay/');
    expect(missingUrls(manifest, built)).toEqual(['/campaigns/golden-key-essay/']);
  });

  it('redirects former names in both languages, and refuses a former name that is in use again', () => {
    expect(redirectsFor([{ collection: 'campaigns', id: 'golden-key', movedFrom: ['golden-key-essay'] }])).toEqual({
      '/campaigns/golden-key-essay/': '/campaigns/golden-key/',
      '/en/campaigns/golden-key-essay/': '/en/campaigns/golden-key/',
      '/campaigns/golden-key-essay/poster/': '/campaigns/golden-key/poster/',
      '/en/campaigns/golden-key-essay/poster/': '/en/campaigns/golden-key/poster/',
    });
    expect(() =>
      redirectsFor([
        { collection: 'notices', id: 'a', movedFrom: ['b'] },
        { collection: 'notices', id: 'b', movedFrom: [] },
      ]),
    ).toThrow(/movedFrom 中的 “b” 仍是另一个条目的文件名/);
  });

  it('a renamed entry keeps its old address working through a redirect recorded in the entry', () => {
    const dir = makeFixture();
    try {
      const from = join(dir, 'content/campaigns/golden-key-essay.md');
      const source = readFileSync(from, 'utf8');
      rmSync(from);
      const renamed = source.replace(/^---\n/, '---\nmovedFrom:\n  - golden-key-essay\n');
      writeFileSync(join(dir, 'content/campaigns/golden-key.md'), renamed);
      const build = buildFixture(dir, { SITE_NOW: '2026-11-27 10:00' });
      expect(build.status, build.output).toBe(0);
      const old = readFileSync(join(dir, 'dist/campaigns/golden-key-essay/index.html'), 'utf8');
      expect(old).toMatch(/<meta http-equiv="refresh" content="0;url=\/campaigns\/golden-key\/"/);
      expect(readFileSync(join(dir, 'dist/en/campaigns/golden-key-essay/index.html'), 'utf8')).toContain('/en/campaigns/golden-key/');
      expect(missingUrls(manifest, new Set(publishedPaths(join(dir, 'dist'))))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
