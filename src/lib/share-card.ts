/**
 * Share cards: the 1200×630 picture WeChat (and every other app that reads `og:image`) shows
 * beside a shared link, for pages that have no picture of their own. Drawn at build time:
 * satori lays out the card and turns its text into SVG paths with Noto Sans SC (from the npm
 * package @fontsource/noto-sans-sc, never a CDN), resvg rasterises it to PNG.
 *
 * Cards are cached on disk by a hash of everything drawn on them (title, date, place, section,
 * locale) and of what draws them (template version, satori, resvg and font versions): a rebuild
 * draws only the cards whose text changed. The hash is also
 * the file name, so a changed title gets a new URL and WeChat's own image cache cannot show
 * the old card.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cardCacheDir } from './share-card-cache.ts';
import satori, { type Font } from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import type { ReactElement } from 'react';
import { t, type Locale } from '../i18n/index.ts';
import { eventTypeColour, siteColour } from './palette.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the drawing changes: every cached card is then drawn again. */
export const CARD_TEMPLATE_VERSION = 1;

/** The sections that have cards of their own; `site` is the default card of every other page. */
export const CARD_SECTIONS = ['notices', 'performances', 'leagues', 'courses', 'campaigns', 'communities', 'venues', 'site'] as const;
export type CardSection = (typeof CARD_SECTIONS)[number];

export interface CardSpec {
  section: CardSection;
  locale: Locale;
  /** The page's title in the card's language (the Chinese original when there is no English). */
  title: string;
  /** Already formatted for the locale ("2026年12月12日 19:30"). */
  date?: string | undefined;
  place?: string | undefined;
  /**
   * The entry's own picture (a performance's poster), drawn at the card's right edge at the
   * card's full height: the uploaded file's repository path and a hash of its bytes.
   */
  picture?: { path: string; hash: string } | undefined;
}

/** Width of the column a picture takes on the right of a card: a portrait poster at full height. */
export const PICTURE_WIDTH = 446;

const packageRequire = createRequire(import.meta.url);
/**
 * What draws the cards besides the template: a new version of satori, resvg or the font draws
 * them again, as a new template version does (a cached card is never one drawn differently).
 */
export const CARD_RENDERER = [
  `template ${CARD_TEMPLATE_VERSION}`,
  ...['satori', '@resvg/resvg-js', '@fontsource/noto-sans-sc'].map(
    (name) => `${name}@${(packageRequire(`${name}/package.json`) as { version: string }).version}`,
  ),
].join(' ');

/** The content hash of a card: its cache key and file name. */
export function cardHash(spec: CardSpec): string {
  const key = JSON.stringify([
    CARD_RENDERER,
    spec.section,
    spec.locale,
    spec.title,
    spec.date ?? '',
    spec.place ?? '',
    ...(spec.picture ? [spec.picture.hash] : []),
  ]);
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Where the built site serves a card. */
export const cardPath = (spec: CardSpec) => `/cards/${cardHash(spec)}.png`;

const SECTION_COLOURS: Record<CardSection, () => string> = {
  notices: () => eventTypeColour('notice'),
  performances: () => eventTypeColour('performance'),
  leagues: () => eventTypeColour('match'),
  courses: () => eventTypeColour('lesson'),
  campaigns: () => eventTypeColour('activity'),
  communities: () => siteColour('--brand-dark'),
  venues: () => siteColour('--brand-dark'),
  site: () => siteColour('--brand'),
};

const SECTION_LABELS = {
  notices: 'nav.notices',
  performances: 'nav.performances',
  leagues: 'nav.sports',
  courses: 'nav.school',
  campaigns: 'school.campaignsTitle',
  communities: 'nav.communities',
  venues: 'nav.venues',
  site: 'site.tagline',
} as const satisfies Record<CardSection, Parameters<typeof t>[1]>;

type Style = Record<string, string | number>;
type Child = CardElement | string;
type CardElement = ReactElement<{ style: Style; children?: Child | Child[] }>;
const el = (style: Style, children?: Child | Child[]): CardElement => ({
  type: 'div',
  key: null,
  props: children === undefined ? { style } : { style, children },
});

/** The card as the element tree satori lays out (exported for tests). */
export function cardElement(spec: CardSpec): CardElement {
  const colour = SECTION_COLOURS[spec.section]();
  const text = siteColour('--text');
  const muted = siteColour('--muted');
  const surface = siteColour('--surface');
  const isDefault = spec.section === 'site';
  const titleSize = spec.title.length > 36 ? 54 : spec.title.length > 20 ? 64 : 76;
  const siteName = t('zh-CN', 'site.name');
  return el({ width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', backgroundColor: surface, fontFamily: 'Noto Sans SC', color: text }, [
    el({ width: 28, height: '100%', backgroundColor: colour }),
    el({ flex: 1, display: 'flex', flexDirection: 'column', padding: spec.picture ? '48px 40px 48px 48px' : '56px 72px 56px 64px' }, [
      el({ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
        el({ display: 'flex', alignItems: 'baseline', gap: 20 }, [
          el({ fontSize: 44, fontWeight: 700, color: siteColour('--brand') }, siteName),
          ...(spec.locale === 'en' ? [el({ fontSize: 30, fontWeight: 400, color: muted }, t('en', 'site.name'))] : []),
        ]),
        ...(isDefault
          ? []
          : [
              el(
                { fontSize: 30, fontWeight: 700, color: '#ffffff', backgroundColor: colour, padding: '6px 22px', borderRadius: 8 },
                t(spec.locale, SECTION_LABELS[spec.section]),
              ),
            ]),
      ]),
      el({ flex: 1, display: 'flex', alignItems: 'center' }, [
        el(
          { fontSize: isDefault ? 52 : titleSize, fontWeight: 700, lineHeight: 1.3, lineClamp: 3, display: 'block', textOverflow: 'ellipsis' },
          isDefault ? t(spec.locale, 'site.tagline') : spec.title,
        ),
      ]),
      el({ display: 'flex', flexDirection: 'column', gap: 6, fontSize: 34, fontWeight: 400, color: muted, borderTop: `4px solid ${colour}`, paddingTop: 20 }, [
        ...(spec.date ? [el({ display: 'block', lineClamp: 1, textOverflow: 'ellipsis' }, spec.date)] : []),
        ...(spec.place ? [el({ display: 'block', lineClamp: 1, textOverflow: 'ellipsis' }, spec.place)] : []),
        ...(!spec.date && !spec.place ? [el({ display: 'block' }, isDefault ? t(spec.locale, 'site.name') : t(spec.locale, 'site.tagline'))] : []),
      ]),
    ]),
    // The picture is laid over this space by renderCardPng (sharp), not drawn by satori.
    ...(spec.picture ? [el({ width: PICTURE_WIDTH, height: '100%' })] : []),
  ]);
}

// Font: the "chinese-simplified" file of @fontsource/noto-sans-sc, one file per weight with the
// font's Chinese characters, Latin letters and punctuation (the package's numbered subsets hold
// nothing it lacks that we found). Satori draws with the first font that matches, and does not
// fall back per character to another file of the same family, so one complete file is simplest.
// A character the font does not have at all is drawn as a box.
const FONT_FILES = join(dirname(packageRequire.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
let fonts: Font[] | undefined;
/** One array for every card: satori keeps the fonts it parsed for the same array. */
const cardFonts = () =>
  (fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans SC',
    weight,
    style: 'normal' as const,
    data: readFileSync(join(FONT_FILES, `noto-sans-sc-chinese-simplified-${weight}-normal.woff`)),
  })));

/** The card as SVG (text drawn as glyph paths). */
export function cardSvg(spec: CardSpec): Promise<string> {
  return satori(cardElement(spec), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: cardFonts(),
  });
}

/**
 * The card as PNG, drawn from scratch. Only satori's layout runs on the main thread: resvg draws
 * and sharp encodes on libuv's thread pool, so Astro goes on rendering pages meanwhile. (sharp's
 * PNG encoder is twice as fast as resvg's own for the same size.)
 */
export async function renderCardPng(spec: CardSpec): Promise<Buffer> {
  const image = await renderAsync(await cardSvg(spec), { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } });
  const card = sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha();
  if (spec.picture) {
    // A new encode of the upload: none of its metadata (GPS) reaches the card.
    const picture = await sharp(spec.picture.path).rotate().resize(PICTURE_WIDTH, CARD_HEIGHT, { fit: 'cover', position: 'attention' }).png().toBuffer();
    card.composite([{ input: picture, left: CARD_WIDTH - PICTURE_WIDTH, top: 0 }]);
  }
  return card.png({ compressionLevel: 6 }).toBuffer();
}

export { cardCacheDir };

export interface CardStats {
  drawn: number;
  cached: number;
  /** milliseconds spent drawing and reading cards */
  ms: number;
}
/** Counted per process, for the benchmark (printed by the card endpoint at the end of a build). */
export const cardStats: CardStats = { drawn: 0, cached: 0, ms: 0 };

/** The card as PNG: from the cache when it was drawn before, else drawn and stored. */
export async function cardPng(spec: CardSpec, cacheDir = cardCacheDir()): Promise<Buffer> {
  const started = performance.now();
  const file = join(cacheDir, `${cardHash(spec)}.png`);
  try {
    const png = readFileSync(file);
    cardStats.cached++;
    return png;
  } catch {
    const png = await renderCardPng(spec);
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename: two builds at once never read a half-written card.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    cardStats.drawn++;
    return png;
  } finally {
    cardStats.ms += performance.now() - started;
  }
}
