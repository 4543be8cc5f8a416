/** Every link and #anchor in the built site leads somewhere the build wrote. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findBrokenLinks, readPage, type PageLinks } from '../src/lib/internal-links.ts';
import { BUILT_SITE } from './support/paths.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

/** "/notices/" and "/calendar/all.ics" → does the build have it (a folder needs its index.html)? */
function existsIn(root: string) {
  return (path: string) => {
    const file = join(root, path);
    return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
  };
}

describe('internal link checker', () => {
  it('reports a link to a missing page and an anchor missing on its target, and accepts good ones', () => {
    const pages = new Map<string, PageLinks>([
      ['/', readPage('<a href="/notices/">ok</a><a href="/notices/#list">ok</a><a href="/gone/">x</a><a href="/notices/#nope">x</a><a href="https://other.example/">skip</a><a href="https://site.example/notices/">own origin</a><a href="webcal://site.example/missing.ics">feed</a>')],
      ['/notices/', readPage('<h2 id="list">通知</h2><a href="#list">ok</a><a href="#top">x</a><img src="../uploads/a.png">')],
    ]);
    const broken = findBrokenLinks(pages, (path) => ['/', '/notices/'].includes(path), 'https://site.example');
    expect(broken.map((b) => `${b.page} ${b.value}`)).toEqual(['/ /gone/', '/ /notices/#nope', '/ webcal://site.example/missing.ics', '/notices/ #top', '/notices/ ../uploads/a.png']);
    expect(broken[1]?.problem).toContain('id="nope"');
  });

  it('finds no broken link or anchor anywhere in the built site (both languages, feeds, QR files, CMS)', () => {
    const pages = new Map<string, PageLinks>();
    for (const file of htmlFiles(BUILT_SITE)) {
      const path = `/${relative(BUILT_SITE, file).replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
      pages.set(path, readPage(readFileSync(file, 'utf8')));
    }
    expect(pages.size).toBeGreaterThan(200);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(BUILT_SITE, 'index.html'), 'utf8'))?.[1];
    expect(canonical).toBeDefined();
    const broken = findBrokenLinks(pages, existsIn(BUILT_SITE), new URL(canonical!).origin);
    expect(broken.map((b) => `${b.page}: ${b.attribute}="${b.value}" — ${b.problem}`)).toEqual([]);
  });
});
