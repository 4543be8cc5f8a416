/**
 * Share metadata on the built site: every page (both languages, the 404 page, list and tool
 * pages) carries the Open Graph set WeChat reads, with an absolute og:image that the build wrote
 * as a 1200×630 PNG or JPEG, and a description in the page's own language. A page that passes
 * its own picture (`shareImage`) shares a 1200×630 JPEG crop of it (a fixture build).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { BUILT_SITE, ROOT } from './support/paths.ts';
import { htmlFiles } from './support/pages.ts';
import { buildFixture, makeFixture } from './support/fixture-build.ts';

const SITE = 'https://chuanhui.example.cn'; // the build's SITE_URL (the default)
const HAN = /\p{Script=Han}/u;
/** Pages that show one entry: og:type "article" (a team page, a poster page, a list page are not). */
const ENTRY_PAGE = /^\/(?:en\/)?(?:notices|performances|sports|school\/courses|school\/schools|campaigns|communities|venues)\/(?!page\/)[^/]+\/$/;

const decode = (text: string) =>
  text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** The <meta property|name content> pairs of a page's <head> (repeated properties: the first). */
function headMeta(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = new Map<string, string>();
  for (const [, key, value] of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) if (!meta.has(key!)) meta.set(key!, decode(value!));
  return meta;
}

interface Page {
  path: string;
  html: string;
  meta: Map<string, string>;
}
/** Every page built with the site's layout (the CMS and the redirect stubs of renamed entries have none). */
function layoutPages(dist: string): Page[] {
  return htmlFiles(dist)
    .map((file) => {
      const path = `/${relative(dist, file)
        .replace(/\\/g, '/')
        .replace(/(^|\/)index\.html$/, '$1')}`;
      const html = readFileSync(file, 'utf8');
      return { path, html, meta: headMeta(html) };
    })
    .filter((page) => !page.path.startsWith('/admin/') && !/<meta http-equiv="refresh"/i.test(page.html));
}

const imageInfo = new Map<string, Promise<{ format: string | undefined; width: number | undefined; height: number | undefined }>>();
function imageOf(dist: string, url: string) {
  const path = new URL(url).pathname;
  let info = imageInfo.get(`${dist}${path}`);
  if (!info) {
    info = sharp(join(dist, path))
      .metadata()
      .then(({ format, width, height }) => ({ format, width, height }));
    imageInfo.set(`${dist}${path}`, info);
  }
  return info;
}

describe('share metadata on every built page', () => {
  const pages = layoutPages(BUILT_SITE);

  it('covers the whole site: both languages, entries, lists and the 404 page', () => {
    expect(pages.length).toBeGreaterThan(200);
    expect(pages.some((p) => p.path === '/404.html')).toBe(true);
    expect(pages.filter((p) => p.path.startsWith('/en/')).length).toBeGreaterThan(90);
  });

  it('every page has the full Open Graph set with an absolute image that the build wrote as a 1200×630 PNG or JPEG', async () => {
    const problems: string[] = [];
    for (const { path, html, meta } of pages) {
      const english = path.startsWith('/en/');
      const expectOne = (key: string, test: (value: string) => boolean, what: string) => {
        const value = meta.get(key);
        if (value === undefined || !test(value)) problems.push(`${path}: ${key}=${JSON.stringify(value)} — ${what}`);
      };
      expectOne('og:title', (v) => v.trim().length > 0, 'a title');
      expectOne('og:site_name', (v) => v === (english ? 'Chuanhui Community' : '川汇社区'), 'the site name in the page’s language');
      expectOne('og:description', (v) => v.trim().length > 0, 'a description');
      expectOne('description', (v) => v === meta.get('og:description'), 'the same as og:description');
      expectOne('og:locale', (v) => v === (english ? 'en_US' : 'zh_CN'), 'the page’s language');
      expectOne('og:locale:alternate', (v) => v === (english ? 'zh_CN' : 'en_US'), 'the other language');
      expectOne('og:type', (v) => v === (ENTRY_PAGE.test(path) ? 'article' : 'website'), 'article for an entry, website otherwise');
      expectOne('twitter:card', (v) => v === 'summary_large_image', 'summary_large_image');
      expectOne('og:image:width', (v) => v === '1200', '1200');
      expectOne('og:image:height', (v) => v === '630', '630');
      expectOne('og:image:alt', (v) => v.trim().length > 0, 'alt text');
      expectOne('og:image', (v) => v.startsWith(`${SITE}/`) && existsSync(join(BUILT_SITE, new URL(v).pathname)), 'an absolute URL of a file the build wrote');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (canonical) expectOne('og:url', (v) => v === canonical, 'the canonical address');
      else if (meta.has('og:url')) problems.push(`${path}: og:url without a canonical address`);
      const image = meta.get('og:image');
      if (image?.startsWith(`${SITE}/`) && existsSync(join(BUILT_SITE, new URL(image).pathname))) {
        const { format, width, height } = await imageOf(BUILT_SITE, image);
        if (!(format === 'png' || format === 'jpeg') || width !== 1200 || height !== 630) problems.push(`${path}: ${image} is ${format} ${width}×${height}`);
        if (meta.get('og:image:type') !== `image/${format}`) problems.push(`${path}: og:image:type ${meta.get('og:image:type')} for a ${format}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the 404 page (served at any address) has no og:url', () => {
    const notFound = pages.find((p) => p.path === '/404.html')!;
    expect(notFound.meta.has('og:url')).toBe(false);
    expect(notFound.meta.get('og:image')).toMatch(/^https:\/\/chuanhui\.example\.cn\/cards\/[0-9a-f]{16}\.png$/);
  });

  it('descriptions are in the page’s language: Chinese pages in Chinese, English pages without Chinese characters', () => {
    // English pages never fall back to a Chinese summary in the description: an entry without an
    // English summary gets a line from the English interface (section, date, a place with an
    // English name). Their og:title may be Chinese: that is the entry's only title.
    const wrong = pages
      .filter(({ path, meta }) => (path.startsWith('/en/') ? HAN.test(meta.get('og:description') ?? '') : !HAN.test(meta.get('og:description') ?? '')))
      .map(({ path, meta }) => `${path}: ${meta.get('og:description')}`);
    expect(wrong).toEqual([]);
  });

  it('entries use their own summary where it exists in the page’s language', () => {
    const zh = pages.find((p) => p.path === '/performances/2026-11-14-autumn-evening/')!;
    expect(zh.meta.get('og:description')).toBe('秋季最后一场户外周末晚会。');
    const en = pages.find((p) => p.path === '/en/performances/2026-11-14-autumn-evening/')!;
    expect(en.meta.get('og:description')).toMatch(/^Chuanhui Community · Performances, Sat, 14 November 2026/);
  });

  it('an event’s card shows its date and place; English pages use an English card only when the entry has an English title', () => {
    const card = (path: string) => pages.find((p) => p.path === path)!.meta;
    const final = card('/performances/2026-12-12-chuanhui-voice-final/');
    expect(final.get('og:image:alt')).toContain('2026年12月12日');
    expect(final.get('og:image:alt')).toContain('江滨社区文化广场');
    const finalEn = card('/en/performances/2026-12-12-chuanhui-voice-final/');
    expect(finalEn.get('og:image')).not.toBe(final.get('og:image'));
    expect(finalEn.get('og:image:alt')).toContain('Voice of Chuanhui');
    // No English title: the English page shares the Chinese card, drawn once.
    expect(card('/en/performances/2026-11-14-autumn-evening/').get('og:image')).toBe(card('/performances/2026-11-14-autumn-evening/').get('og:image'));
    // Lists and tools share the default card of their language.
    expect(card('/notices/').get('og:image')).toBe(card('/calendar/').get('og:image'));
    expect(card('/en/notices/').get('og:image')).not.toBe(card('/notices/').get('og:image'));
  });

  it('the build writes exactly the cards the pages use', () => {
    const used = new Set(
      pages
        .map((p) => p.meta.get('og:image')!)
        .filter((url) => url.includes('/cards/'))
        .map((url) => new URL(url).pathname),
    );
    const written = new Set(readdirSync(join(BUILT_SITE, 'cards')).map((name) => `/cards/${name}`));
    expect([...written].sort()).toEqual([...used].sort());
  });
});

describe('a page with its own picture', () => {
  it('shares a 1200×630 JPEG crop of it instead of a card', { timeout: 600_000 }, async () => {
    const dir = makeFixture({
      'src/pages/share-image-fixture.astro': [
        '---',
        "import BaseLayout from '../layouts/BaseLayout.astro';",
        "import poster from '../assets/share-fixture.png';",
        '---',
        '<BaseLayout locale="zh-CN" title="海报页" description="一张海报。" shareImage={poster}><h1>海报页</h1></BaseLayout>',
        '',
      ].join('\n'),
    });
    try {
      // A portrait poster, 1600×2400: the crop must cover 1200×630.
      mkdirSync(join(dir, 'src/assets'), { recursive: true });
      writeFileSync(
        join(dir, 'src/assets/share-fixture.png'),
        await sharp({ create: { width: 1600, height: 2400, channels: 3, background: '#9e1b1b' } })
          .png()
          .toBuffer(),
      );
      const build = buildFixture(dir, { SITE_NOW: '2026-11-27 10:00', SHARE_CARD_CACHE: join(ROOT, '.cache/share-cards') });
      expect(build.status, build.output.slice(-3000)).toBe(0);
      const page = layoutPages(join(dir, 'dist')).find((p) => p.path === '/share-image-fixture/')!;
      const image = page.meta.get('og:image')!;
      expect(image).toMatch(/^https:\/\/chuanhui\.example\.cn\/_astro\/.+\.jpe?g$/);
      expect(page.meta.get('og:image:type')).toBe('image/jpeg');
      expect(await imageOf(join(dir, 'dist'), image)).toEqual({ format: 'jpeg', width: 1200, height: 630 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
