/**
 * The notices feed as a feed reader reads it (issue 18, item 5): parse the XML, then render each
 * <description> as HTML, as RSS readers do. Hostile summaries must come out as the text the
 * editor typed: no element, no handler, no javascript: URL.
 */
import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { noticeFeed, textAsHtml } from '../src/lib/notice-feed.ts';
import { entries } from './support/entries.ts';
import { VECTORS } from './support/hostile.ts';

/** What a reader does with one item: XML-decode, then parse the description as HTML. */
function readerView(xml: string): { summaries: string[]; trees: Root[] } {
  const feed = new XMLParser({ processEntities: true, htmlEntities: false, parseTagValue: false }).parse(xml);
  const items: { description?: string }[] = [feed.rss.channel.item].flat();
  const summaries = items.map((item) => item.description ?? '');
  return { summaries, trees: summaries.map((html) => fromHtml(html, { fragment: true })) };
}

function dangers(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${name} handler`);
      if (/^\s*javascript:/i.test(String(value))) found.push(`${name}=javascript:`);
    }
  });
  return found;
}

function textOf(tree: Root): string {
  let text = '';
  visit(tree, 'text', (node) => {
    text += node.value;
  });
  return text;
}

describe('notices RSS, read like a feed reader', () => {
  const notices = entries('notices');

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`${locale}: every hostile summary arrives as its own text, with no element, handler or javascript: URL`, async () => {
      const hostile = VECTORS.map((vector, i) => {
        const notice = notices[i % notices.length]!;
        return { ...notice, id: `${notice.id}-${i}`, data: { ...notice.data, summary: vector, en: { ...notice.data.en, summary: vector } } };
      });
      const xml = await getRssString(noticeFeed(hostile, locale, 'https://chuanhui.example.cn'));
      const { summaries, trees } = readerView(xml);
      expect(summaries).toHaveLength(hostile.length);
      for (const tree of trees) expect(dangers(tree)).toEqual([]);
      const shown = new Set(trees.map(textOf));
      for (const vector of VECTORS) expect(shown.has(vector), vector).toBe(true);
    });
  }

  it('escapes plain text as HTML text', () => {
    expect(textAsHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
