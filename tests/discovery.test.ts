/**
 * What search engines and phones find in the built site: the sitemap (both languages as
 * alternates), robots.txt, hreflang in every page's head, the PNG icons and the web manifest.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { sitemapOptions, withAlternates } from '../src/lib/sitemap.ts';
import { BUILT_SITE, ROOT } from './support/paths.ts';
import { htmlFiles } from './support/pages.ts';

const read = (path: string) => readFileSync(join(BUILT_SITE, path));
const NOTICE = '/notices/2026-11-12-job-fair/';
/** The configured `site`, as the home page's canonical link has it. */
const origin = () => new URL(/<link rel="canonical" href="([^"]+)"/.exec(read('index.html').toString())![1]!).origin;
const built = (path: string) => existsSync(join(BUILT_SITE, path, path.endsWith('/') ? 'index.html' : ''));

interface Link {
  '@_rel': string;
  '@_hreflang': string;
  '@_href': string;
}
interface UrlEntry {
  loc: string;
  'xhtml:link'?: Link[];
}
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name) });

function sitemapUrls(): UrlEntry[] {
  const index = xml.parse(read('sitemap-index.xml').toString()) as { sitemapindex: { sitemap: { loc: string }[] } };
  const files = index.sitemapindex.sitemap.map((s) => s.loc);
  expect(files.length).toBeGreaterThan(0);
  return files.flatMap((loc) => {
    expect(loc.startsWith(`${origin()}/`), loc).toBe(true);
    const path = new URL(loc).pathname;
    expect(built(path), `${path} is listed in the index and was built`).toBe(true);
    return (xml.parse(read(path).toString()) as { urlset: { url: UrlEntry[] } }).urlset.url;
  });
}

describe('sitemap', () => {
  it('lists a notice in both languages, each with zh-CN, en and x-default alternates', () => {
    const urls = sitemapUrls();
    const alternates = {
      'zh-CN': `${origin()}${NOTICE}`,
      en: `${origin()}/en${NOTICE}`,
      'x-default': `${origin()}${NOTICE}`,
    };
    for (const loc of [alternates['zh-CN'], alternates.en]) {
      const entry = urls.find((u) => u.loc === loc);
      expect(entry, `${loc} is in the sitemap`).toBeDefined();
      const links = Object.fromEntries((entry!['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));
      expect(links).toEqual(alternates);
    }
  });

  it('lists every built page but the CMS, and nothing else', () => {
    const listed = sitemapUrls()
      .map((u) => new URL(u.loc).pathname)
      .sort();
    const pages = htmlFiles(BUILT_SITE)
      .map((file) => `/${relative(BUILT_SITE, file).replace(/\\/g, '/')}`)
      .filter((path) => path.endsWith('/index.html') && !path.startsWith('/admin/'))
      .map((path) => path.replace(/index\.html$/, ''))
      .sort();
    expect(listed).toEqual(pages);
    expect(listed.filter((path) => path.startsWith('/admin') || path.includes('404'))).toEqual([]);
  });

  it('leaves out the CMS, redirects of renamed entries and files that are not pages', () => {
    const { filter } = sitemapOptions(['/notices/old-name/', '/en/notices/old-name/']);
    const keeps = (path: string) => filter!(`https://site.example${path}`);
    expect(keeps(NOTICE)).toBe(true);
    expect(keeps(`/en${NOTICE}`)).toBe(true);
    for (const path of ['/admin/', '/notices/old-name/', '/en/notices/old-name/', '/notices/rss.xml', '/calendar/all.ics'])
      expect(keeps(path), path).toBe(false);
  });

  it('pairs each page with its translation only when both are listed', () => {
    const listed = new Set(['/', '/en/', '/a/', '/en/a/', '/only/']);
    const langs = (url: string) => withAlternates({ url }, listed).links?.map((l) => `${l.lang} ${l.url}`);
    const pair = ['zh-CN https://s.example/a/', 'en https://s.example/en/a/', 'x-default https://s.example/a/'];
    expect(langs('https://s.example/a/')).toEqual(pair);
    expect(langs('https://s.example/en/a/')).toEqual(pair);
    expect(langs('https://s.example/en/')).toEqual(['zh-CN https://s.example/', 'en https://s.example/en/', 'x-default https://s.example/']);
    expect(withAlternates({ url: 'https://s.example/only/' }, listed)).toEqual({ url: 'https://s.example/only/' });
  });
});

describe('robots.txt', () => {
  it('names the sitemap index by its absolute URL and keeps crawlers out of the CMS', () => {
    const robots = read('robots.txt').toString();
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
    expect(robots).toContain(`\nSitemap: ${origin()}/sitemap-index.xml\n`);
    expect(built('/sitemap-index.xml')).toBe(true);
  });
});

describe('hreflang', () => {
  it('every page but the 404 names itself, its translation and x-default (Chinese), absolutely', () => {
    const pages = htmlFiles(BUILT_SITE).map((file) => `/${relative(BUILT_SITE, file).replace(/\\/g, '/')}`);
    const checked = pages.filter((path) => path.endsWith('/index.html') && !path.startsWith('/admin/'));
    expect(checked.length).toBeGreaterThan(200);
    for (const file of checked) {
      const html = read(file).toString();
      if (/<meta http-equiv="refresh"/.test(html)) continue;
      const path = file.replace(/index\.html$/, '');
      const chinese = path.replace(/^\/en\//, '/');
      const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      expect(links, path).toEqual([
        ['zh-CN', `${origin()}${chinese}`],
        ['en', `${origin()}/en${chinese}`],
        ['x-default', `${origin()}${chinese}`],
      ]);
    }
    expect(read('404.html').toString()).not.toContain('hreflang="x-default"');
  });
});

describe('icons and web manifest', () => {
  const png = (path: string) => PNG.sync.read(read(path));
  /** Share of pixels that are white (the glyph) and of the brand red (the tile). */
  const colours = (image: PNG) => {
    let white = 0;
    let red = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b, a] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, image.data[i + 3]!];
      if (a > 250 && r > 240 && g > 240 && b > 240) white++;
      if (a > 250 && Math.abs(r - 0x9e) < 4 && Math.abs(g - 0x1b) < 4 && Math.abs(b - 0x1b) < 4) red++;
    }
    const pixels = image.width * image.height;
    return { white: white / pixels, red: red / pixels };
  };

  it('draws the 192, 512 and 180 px PNGs from the favicon: red tile, white 川', () => {
    for (const [path, size] of [
      ['icons/icon-192.png', 192],
      ['icons/icon-512.png', 512],
      ['apple-touch-icon.png', 180],
    ] as const) {
      const image = png(path);
      expect([image.width, image.height], path).toEqual([size, size]);
      const { white, red } = colours(image);
      expect(white, `${path}: white strokes`).toBeGreaterThan(0.05);
      expect(red, `${path}: red tile`).toBeGreaterThan(0.6);
    }
    // 川 is an outline, not <text>: a build machine without Chinese fonts would draw a box.
    expect(readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8')).not.toMatch(/<text\b/);
    // iOS shows transparent corners as black: the touch icon has none.
    const apple = png('apple-touch-icon.png');
    expect(apple.data.filter((value, i) => i % 4 === 3 && value < 255).length).toBe(0);
  });

  it('has a manifest that parses, names the site in Chinese, and points at files that exist', () => {
    const manifest = JSON.parse(read('manifest.webmanifest').toString()) as {
      name: string;
      lang: string;
      start_url: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ name: '川汇社区', lang: 'zh-CN', start_url: '/' });
    expect(built(manifest.start_url)).toBe(true);
    expect(manifest.icons.map((i) => i.sizes).sort()).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      expect(built(icon.src), icon.src).toBe(true);
      expect(icon.type).toBe('image/png');
      expect(`${png(icon.src.slice(1)).width}x${png(icon.src.slice(1)).height}`).toBe(icon.sizes);
    }
    const themeColor = /<meta name="theme-color" content="([^"]+)"/.exec(read('index.html').toString())?.[1];
    expect(manifest.theme_color).toBe(themeColor);
  });

  it('is linked from every page, with the touch icon', () => {
    for (const path of ['index.html', `en${NOTICE}index.html`, '404.html']) {
      const html = read(path).toString();
      expect(html, path).toContain('<link rel="manifest" href="/manifest.webmanifest">');
      expect(html, path).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
      expect(html, path).toMatch(/<link rel="icon" href="\/icons\/icon-192\.png" type="image\/png" sizes="192x192">/);
    }
  });

  it('sends the manifest with its content type and caches icons for a week (_headers)', () => {
    const headers = read('_headers').toString();
    expect(headers).toMatch(/^\/manifest\.webmanifest\n {2}Content-Type: application\/manifest\+json/m);
    expect(headers).toMatch(/^\/icons\/\*\n {2}Cache-Control: public, max-age=604800$/m);
    expect(headers).toMatch(/^\/apple-touch-icon\.png\n {2}Cache-Control: public, max-age=604800$/m);
  });
});
