/**
 * Pictures as a resident receives them, read from the shared site build: posters and album
 * photos processed into modern formats at phone and desktop widths, sized so nothing shifts,
 * described for screen readers, and never carrying where a photo was taken.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import exifr from 'exifr';
import { BUILT_SITE, FIXTURE_CONTENT } from './support/paths.ts';
import { htmlFiles } from './support/pages.ts';
import { publishedOriginals } from '../src/integrations/no-original-uploads.ts';

const pages = htmlFiles(BUILT_SITE)
  .filter((file) => !relative(BUILT_SITE, file).startsWith('admin'))
  .map((file) => ({ path: `/${relative(BUILT_SITE, file).replace(/index\.html$/, '')}`, html: readFileSync(file, 'utf8') }));
const assets = readdirSync(join(BUILT_SITE, '_astro'));
const images = assets.filter((name) => /\.(jpe?g|png|webp|avif)$/i.test(name));
/** An attribute's value; "" for one written bare (Astro writes alt="" as `alt`), undefined when absent. */
const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s>/])`).exec(tag);
  return match ? (match[1] ?? '') : undefined;
};
const built = (url: string) => existsSync(join(BUILT_SITE, decodeURI(url.split('?')[0]!)));

describe('a page’s own poster', () => {
  const withPoster = pages.filter((page) => page.html.includes('<figure class="poster"'));

  it('is on the pages of performances that have one, in both languages', () => {
    expect(withPoster.some((page) => page.path.startsWith('/performances/'))).toBe(true);
    expect(withPoster.some((page) => page.path.startsWith('/en/performances/'))).toBe(true);
  });

  it('comes as AVIF and WebP at several widths with the original format as fallback, sized, described and loaded first', () => {
    for (const { path, html } of withPoster) {
      const picture = /<figure class="poster"[^>]*><picture>([\s\S]*?)<\/picture>/.exec(html)![1]!;
      const sources = [...picture.matchAll(/<source [^>]*>/g)].map((m) => m[0]);
      expect(
        sources.map((s) => attribute(s, 'type')),
        path,
      ).toEqual(['image/avif', 'image/webp']);
      for (const source of sources) {
        const candidates = attribute(source, 'srcset')!
          .split(', ')
          .map((c) => c.split(' '));
        expect(candidates.length, path).toBeGreaterThanOrEqual(3);
        for (const [url] of candidates) expect(built(url!), url).toBe(true);
        expect(attribute(source, 'sizes'), path).toMatch(/100vw/);
      }
      const img = /<img [^>]*>/.exec(picture)![0];
      expect(attribute(img, 'src'), path).toMatch(/^\/_astro\/.+\.(jpe?g|png)$/);
      expect(Number(attribute(img, 'width')), path).toBeGreaterThan(0);
      expect(Number(attribute(img, 'height')), path).toBeGreaterThan(0);
      expect(attribute(img, 'alt')!.length, path).toBeGreaterThan(5);
      expect(attribute(img, 'loading'), path).toBe('eager');
      expect(attribute(img, 'fetchpriority'), path).toBe('high');
    }
  });
});

describe('every picture on every page', () => {
  it('has its width and height (no layout shift) and alt text, and at most one is loaded eagerly', () => {
    const problems: string[] = [];
    for (const { path, html } of pages) {
      const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
      for (const img of imgs) {
        if (!attribute(img, 'width') || !attribute(img, 'height')) problems.push(`${path}: no width/height: ${img.slice(0, 80)}`);
        if (attribute(img, 'alt') === undefined) problems.push(`${path}: no alt: ${img.slice(0, 80)}`);
      }
      if (imgs.filter((img) => attribute(img, 'loading') !== 'lazy').length > 1) problems.push(`${path}: more than one image loads eagerly`);
    }
    expect(problems).toEqual([]);
  });
});

describe('活动风采 albums', () => {
  const withAlbum = pages.filter((page) => page.html.includes('<section class="album"'));

  it('are on the pages of performances, campaigns and communities that have photos', () => {
    for (const section of ['performances', 'campaigns', 'communities'])
      expect(
        withAlbum.some((p) => p.path.startsWith(`/${section}/`)),
        section,
      ).toBe(true);
  });

  it('are a labelled list of lazily loaded photos, each a link to a larger copy that exists', () => {
    for (const { path, html } of withAlbum) {
      const album = /<section class="album" aria-labelledby="([^"]+)">([\s\S]*?)<\/section>/.exec(html)!;
      expect(html, path).toContain(`id="${album[1]}"`);
      const items = [...album[2]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
      expect(items.length, path).toBeGreaterThan(0);
      for (const item of items) {
        const href = /<a href="([^"]+)" class="album-link">/.exec(item)![1]!;
        expect(href, path).toMatch(/^\/_astro\/.+\.webp$/);
        expect(built(href), href).toBe(true);
        const img = /<img [^>]*>/.exec(item)![0];
        expect(attribute(img, 'loading'), path).toBe('lazy');
        expect(attribute(img, 'alt')!.length, path).toBeGreaterThan(5);
      }
    }
  });
});

describe('privacy: no published image says where it was taken', () => {
  it('the test content includes a photo with GPS data, so this is tested', async () => {
    const uploads = readdirSync(join(FIXTURE_CONTENT, 'media'));
    const located = [];
    for (const name of uploads) if (await exifr.gps(join(FIXTURE_CONTENT, 'media', name)).catch(() => undefined)) located.push(name);
    expect(located.length).toBeGreaterThan(0);
  });

  it('every image in the build has no EXIF, GPS or camera metadata', async () => {
    expect(images.length).toBeGreaterThan(20);
    const carrying: string[] = [];
    for (const name of images) {
      const metadata = await exifr
        .parse(join(BUILT_SITE, '_astro', name), { tiff: true, exif: true, gps: true, xmp: true, ihdr: false })
        .catch(() => undefined);
      if (metadata && Object.keys(metadata).length) carrying.push(`${name}: ${Object.keys(metadata).join(', ')}`);
    }
    expect(carrying).toEqual([]);
  });

  it('no upload is published as its original file', () => {
    expect(publishedOriginals(assets, readdirSync(join(FIXTURE_CONTENT, 'media')))).toEqual([]);
  });
});

describe('documents', () => {
  it('are published as they are, under /uploads/', () => {
    const linked = [...new Set(pages.flatMap(({ html }) => [...html.matchAll(/href="(\/uploads\/[^"]+)"/g)].map((m) => m[1]!)))];
    expect(linked.length).toBeGreaterThan(0);
    for (const url of linked) expect(readFileSync(join(BUILT_SITE, url)).subarray(0, 5).toString(), url).toBe('%PDF-');
  });
});
