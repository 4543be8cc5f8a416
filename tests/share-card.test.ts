/**
 * The share-card renderer on its own (no site build): size, Chinese glyphs actually drawn (not
 * the empty boxes a font without them gives), the rare-character fallback, the content hash and
 * the cache; and the palette read from global.css.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import exifr from 'exifr';
import {
  CARD_HEIGHT,
  CARD_RENDERER,
  CARD_WIDTH,
  PICTURE_WIDTH,
  cardHash,
  cardPng,
  cardStats,
  cardSvg,
  renderCardPng,
  type CardSpec,
} from '../src/lib/share-card.ts';
import { eventTypeColour, rootCustomProperties, siteColour } from '../src/lib/palette.ts';
import { pruneCardCache } from '../src/lib/share-card-cache.ts';
import { describe as describeLine, shareCropSize } from '../src/lib/share.ts';

const performance: CardSpec = {
  section: 'performances',
  locale: 'zh-CN',
  title: '川汇之声社区文艺汇演',
  date: '2026年12月12日 19:30',
  place: '江滨社区文化广场',
};

/** The title band of a card (below the site name, above the date line). */
const TITLE_AREA = { x0: 90, x1: 1130, y0: 150, y1: 420 };

function titlePixels(png: PNG): Buffer {
  const rows: Buffer[] = [];
  for (let y = TITLE_AREA.y0; y < TITLE_AREA.y1; y++) rows.push(png.data.subarray((y * png.width + TITLE_AREA.x0) * 4, (y * png.width + TITLE_AREA.x1) * 4));
  return Buffer.concat(rows);
}

function inkIn(png: PNG): number {
  const pixels = titlePixels(png);
  const [r, g, b] = [pixels[0]!, pixels[1]!, pixels[2]!]; // background at the band's corner
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) if (Math.abs(pixels[i]! - r) + Math.abs(pixels[i + 1]! - g) + Math.abs(pixels[i + 2]! - b) > 60) ink++;
  return ink;
}

describe('share card renderer', () => {
  it('draws an entry’s own picture at the card’s right edge, without the upload’s metadata, and a new picture makes a new card', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-picture-'));
    try {
      const poster = join(dir, 'poster.jpg');
      // A pure blue poster carrying GPS, as a phone photo would.
      await sharp({ create: { width: 900, height: 1273, channels: 3, background: '#1e3a8a' } })
        .jpeg()
        .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 37/1 0/1' } })
        .toFile(poster);
      expect(await exifr.gps(poster)).toBeTruthy();
      const spec: CardSpec = { ...performance, picture: { path: poster, hash: 'a' } };
      const drawn = await renderCardPng(spec);
      const png = PNG.sync.read(drawn);
      expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
      const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
      for (const [x, y] of [
        [CARD_WIDTH - PICTURE_WIDTH + 10, 10],
        [CARD_WIDTH - 10, CARD_HEIGHT - 10],
        [CARD_WIDTH - 200, 300],
      ] as const) {
        // the poster's blue, within what JPEG compression moves a colour
        const [r, g, b] = at(x, y);
        expect(Math.abs(r! - 0x1e) + Math.abs(g! - 0x3a) + Math.abs(b! - 0x8a), `${x},${y}: ${at(x, y)}`).toBeLessThan(12);
      }
      expect(inkIn(png)).toBeGreaterThan(5_000); // the title is still drawn, left of the picture
      expect(await exifr.gps(drawn).catch(() => undefined)).toBeUndefined();
      expect(cardHash(spec)).not.toBe(cardHash({ ...spec, picture: { path: poster, hash: 'b' } }));
      expect(cardHash(spec)).not.toBe(cardHash(performance));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('draws a 1200×630 PNG with the Chinese title in the title area', async () => {
    const png = PNG.sync.read(await renderCardPng(performance));
    expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(inkIn(png)).toBeGreaterThan(5_000);
  });

  it('draws each Chinese character with its own glyph (a font without them draws the same empty box for all)', async () => {
    // Same length, different characters: with real glyphs the title areas differ; with the
    // fallback box ("tofu") they would be identical.
    const a = PNG.sync.read(await renderCardPng({ ...performance, title: '川汇社区通知' }));
    const b = PNG.sync.read(await renderCardPng({ ...performance, title: '文明市民学校' }));
    expect(titlePixels(a).equals(titlePixels(b))).toBe(false);
    // The SVG satori made holds the text as glyph outlines, not as <text> needing a font.
    const svg = await cardSvg(performance);
    expect(svg).not.toContain('<text');
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(3);
  });

  it('draws rarer characters of names too (喆 堃 犇 淼)', async () => {
    const a = PNG.sync.read(await renderCardPng({ ...performance, title: '喆堃' }));
    const b = PNG.sync.read(await renderCardPng({ ...performance, title: '犇淼' }));
    expect(titlePixels(a).equals(titlePixels(b))).toBe(false);
  });

  it('names what draws the cards in their hash: template version, satori, resvg and the font', () => {
    expect(CARD_RENDERER).toMatch(/^template \d+ satori@\S+ @resvg\/resvg-js@\S+ @fontsource\/noto-sans-sc@\S+$/);
  });

  it('hashes everything drawn on the card, and only that', () => {
    const hash = cardHash(performance);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(cardHash({ ...performance })).toBe(hash);
    for (const change of [
      { title: '别的标题' },
      { date: '2026年12月13日 19:30' },
      { place: '陈州广场' },
      { locale: 'en' as const },
      { section: 'notices' as const },
    ]) {
      expect(cardHash({ ...performance, ...change })).not.toBe(hash);
    }
  });

  it('caches cards by hash: the second request reads the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    try {
      const before = { ...cardStats };
      const first = await cardPng(performance, dir);
      const second = await cardPng(performance, dir);
      expect(second.equals(first)).toBe(true);
      expect(cardStats.drawn - before.drawn).toBe(1);
      expect(cardStats.cached - before.cached).toBe(1);
      expect(readdirSync(dir)).toEqual([`${cardHash(performance)}.png`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('card cache', () => {
  it('after a build, keeps only the cards the site uses (and drops half-written ones)', () => {
    const root = mkdtempSync(join(tmpdir(), 'cards-'));
    try {
      const cache = join(root, 'cache');
      mkdirSync(cache);
      mkdirSync(join(root, 'dist', 'cards'), { recursive: true });
      for (const name of ['aaaa.png', 'bbbb.png', 'cccc.png.123.tmp']) writeFileSync(join(cache, name), '');
      writeFileSync(join(root, 'dist', 'cards', 'aaaa.png'), '');
      expect(pruneCardCache(join(root, 'dist'), cache)).toBe(2);
      expect(readdirSync(cache)).toEqual(['aaaa.png']);
      // A build without a cards folder (a failed or partial one) leaves the cache alone.
      expect(pruneCardCache(join(root, 'nothing'), cache)).toBe(0);
      expect(readdirSync(cache)).toEqual(['aaaa.png']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('palette', () => {
  it('reads :root custom properties and resolves var() references', () => {
    const props = rootCustomProperties(':root { --a: #123456; /* --x: red; */ --b: var(--a); }\n.x { --c: blue; }');
    expect(Object.fromEntries(props)).toEqual({ '--a': '#123456', '--b': '#123456' });
  });

  it('gives the colours global.css defines, event types included', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css).toContain(`--brand: ${siteColour('--brand')};`);
    expect(css).toContain(`--type-match: ${eventTypeColour('match')};`);
    expect(() => siteColour('--no-such-colour')).toThrow(/--no-such-colour/);
  });
});

describe('generated descriptions', () => {
  it('name a place only in its own language', () => {
    expect(describeLine('zh-CN', '演出', '2026年12月12日', { text: '江滨社区文化广场', lang: 'zh-CN' })).toBe(
      '川汇社区 · 演出,2026年12月12日,江滨社区文化广场。',
    );
    expect(describeLine('en', 'Performances', '12 Dec 2026', { text: '江滨社区文化广场', lang: 'zh-CN' })).toBe(
      'Chuanhui Community · Performances, 12 Dec 2026.',
    );
    expect(describeLine('en', 'Venues', undefined, { text: 'Jiangbin Plaza', lang: 'en' })).toBe('Chuanhui Community · Venues, Jiangbin Plaza.');
  });
});

describe('share crop of a page’s own picture', () => {
  it('is 1200×630, or smaller at 1.91:1 when the picture is smaller (never enlarged)', () => {
    expect(shareCropSize(1600, 2400)).toEqual({ width: 1200, height: 630 });
    expect(shareCropSize(4000, 1000)).toEqual({ width: 1200, height: 630 });
    expect(shareCropSize(800, 1200)).toEqual({ width: 800, height: 420 });
    expect(shareCropSize(1200, 300)).toEqual({ width: 571, height: 300 });
  });
});
