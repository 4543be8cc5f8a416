/** Every link and #anchor in the built site leads somewhere the build wrote. */
import { describe, expect, it } from 'vitest';
import { findBrokenLinks, readPage, type PageLinks } from '../src/lib/internal-links.ts';
import { BUILT_SITE } from './support/paths.ts';
import { brokenLinksIn } from './support/pages.ts';

describe('internal link checker', () => {
  it('reports a link (or share image) to a missing page and an anchor missing on its target, and accepts good ones', () => {
    const pages = new Map<string, PageLinks>([
      [
        '/',
        readPage(
          '<a href="/notices/">ok</a><a href="/notices/#list">ok</a><a href="/gone/">x</a><a href="/notices/#nope">x</a><a href="https://other.example/">skip</a><a href="https://site.example/notices/">own origin</a><a href="webcal://site.example/missing.ics">feed</a><meta property="og:image" content="https://site.example/cards/gone.png"><meta property="og:url" content="https://site.example/notices/"><meta property="og:image:width" content="1200">',
        ),
      ],
      ['/notices/', readPage('<h2 id="list">通知</h2><a href="#list">ok</a><a href="#top">x</a><img src="../uploads/a.png">')],
    ]);
    const broken = findBrokenLinks(pages, (path) => ['/', '/notices/'].includes(path), 'https://site.example');
    expect(broken.map((b) => `${b.page} ${b.value}`)).toEqual([
      '/ /gone/',
      '/ /notices/#nope',
      '/ webcal://site.example/missing.ics',
      '/ https://site.example/cards/gone.png',
      '/notices/ #top',
      '/notices/ ../uploads/a.png',
    ]);
    expect(broken[1]?.problem).toContain('id="nope"');
  });

  it('finds no broken link or anchor anywhere in the built site (both languages, feeds, QR files, CMS)', () => {
    const { pages, broken } = brokenLinksIn(BUILT_SITE);
    expect(pages).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });
});
