/** A campaign's link kit as schools get it: QR codes that decode to the permanent link, a snippet with an absolute link. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { BUILT_SITE } from './support/paths.ts';
import { contentFiles } from './support/content.ts';
import { linkSnippet } from '../src/lib/link-kit.ts';

const SITE = 'https://chuanhui.example.cn'; // the build's SITE_URL (the default)

describe('campaign link kit', () => {
  for (const { id } of contentFiles('campaigns')) {
    it(`${id}: the PNG QR code decodes (with jsqr) to the permanent link`, () => {
      const png = PNG.sync.read(readFileSync(join(BUILT_SITE, 'campaigns', id, 'qr.png')));
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(`${SITE}/campaigns/${id}/`);
    });
  }

  it('the SVG QR code is an image of the same size class, and the page shows it inline', () => {
    const svg = readFileSync(join(BUILT_SITE, 'campaigns/golden-key-essay/qr.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 \d+ \d+"/);
    expect(readFileSync(join(BUILT_SITE, 'campaigns/golden-key-essay/index.html'), 'utf8')).toContain(svg.slice(0, 60));
  });

  it('the snippet links to the absolute permanent URL, escaped for HTML', () => {
    const page = readFileSync(join(BUILT_SITE, 'campaigns/golden-key-essay/index.html'), 'utf8');
    const code = /<code data-kit-snippet>([\s\S]*?)<\/code>/.exec(page)![1]!;
    const snippet = code
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#34;/g, '"')
      .replace(/&amp;/g, '&');
    expect(snippet).toMatch(new RegExp(`^<a href="${SITE}/campaigns/golden-key-essay/" style="[^"]+">“给你一把金钥匙”科普征文比赛 · 川汇社区</a>$`));
    expect(linkSnippet(new URL(`${SITE}/campaigns/x/`), '<b>"A & B"</b>', '川汇社区')).toContain('&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;');
  });
});
