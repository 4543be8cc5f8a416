/**
 * A corpus of hostile content: classic XSS vectors placed in every free-text field of a copy of
 * one entry per collection, and in Markdown bodies. Each vector, if it ever ran, would open a
 * dialog, set window.__xss or call https://evil.example — the browser test watches for all three.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { FIXTURE_CONTENT } from './paths.ts';

/** Appears as plain text in every hostile field, so tests can find the pages that show them. */
export const MARKER = '恶意测试';

export const VECTORS = [
  `<script>alert(1);window.__xss=1</script>`,
  `<img src=x onerror="alert(2);window.__xss=1">`,
  `<svg onload=alert(3)><circle r=1 /></svg>`,
  `"><script>alert(4)</script>`,
  `'><img src=x onerror=alert(5)>`,
  `</script><script>alert(6)</script>`,
  `</title><script>alert(7)</script>`,
  `<a href="javascript:alert(8)">点我</a>`,
  `<a href="jav&#x09;ascript:alert(9)">点我</a>`,
  `<iframe src="https://evil.example/frame"></iframe>`,
  `<iframe srcdoc="<script>alert(10)</script>"></iframe>`,
  `<iframe src="javascript:alert(11)"></iframe>`,
  `<details open ontoggle=alert(12)>x</details>`,
  `<input autofocus onfocus=alert(13)>`,
  `<body onload=alert(14)>`,
  `<style>@import 'https://evil.example/x.css';</style>`,
  `<link rel=stylesheet href="https://evil.example/x.css">`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
  `<base href="https://evil.example/">`,
  `<form action="https://evil.example/"><button>提交</button></form>`,
  `<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(15)></style></mglyph></table></mtext></math>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(16)>"></noscript>`,
  `<div style="background:url(https://evil.example/bg.png)">样式</div>`,
  `<img src="https://evil.example/pixel.png">`,
  `{{constructor.constructor('alert(17)')()}}`,
  `\${alert(18)}`,
] as const;

/** One line of text holding every vector, for single-line fields. */
export const HOSTILE_TEXT = `${MARKER} ${VECTORS.join(' ')}`;

/** As many vectors as fit in `max` characters (summaries), starting from the `from`-th. */
function packed(from: number, max = 300): string {
  let text = MARKER;
  for (let i = 0; i < VECTORS.length; i++) {
    const next = `${text} ${VECTORS[(from + i) % VECTORS.length]}`;
    if (next.length > max) break;
    text = next;
  }
  return text;
}

/** A Markdown body: the vectors as raw HTML blocks, plus Markdown's own ways in. */
export const HOSTILE_BODY = [
  `${MARKER}正文`,
  ...VECTORS,
  `[点我](javascript:alert(19))`,
  `[点我](JAVASCRIPT:alert(20))`,
  `![图](https://evil.example/tracker.png)`,
  `![图](x" onerror="alert(21))`,
  `<a href="data:text/html,<script>alert(22)</script>">数据</a>`,
  '```html\n<script>alert(23)</script>\n```',
].join('\n\n');

/** A copy of entry `from`, saved as `to`, with `fields` replaced (its key follows the new file name). */
function withFields(collection: string, from: string, to: string, fields: Record<string, unknown>): [string, string] {
  const source = readFileSync(join(FIXTURE_CONTENT, collection, `${from}.md`), 'utf8');
  const [, yaml = ''] = /^---\n([\s\S]*?)\n---/.exec(source) ?? [];
  // Not frontmatterOf(): js-yaml turns `2026-11-15` into a Date, which would be written back as a UTC timestamp.
  const data = parseDocument(yaml).toJS() as Record<string, unknown>;
  Object.assign(data, { key: to.replace(/^\d{4}-\d\d-\d\d-/, '') }, fields);
  return [`content/${collection}/${to}.md`, `---\n${stringify(data)}---\n${HOSTILE_BODY}\n`];
}

/** Content files (path → text) to add to a copy of the project. */
export function hostileContent(): Record<string, string> {
  const text = HOSTILE_TEXT;
  const entries: [string, string][] = [
    withFields('notices', '2026-11-27-spring-festival-visits', '2026-11-27-hostile', {
      title: text,
      summary: packed(0),
      en: { title: text, summary: packed(5) },
      communities: ['chenzhou'],
    }),
    withFields('performances', '2026-12-05-waist-drum-show', '2026-12-05-hostile', { title: text, summary: packed(10), troupes: [text, text] }),
    withFields('communities', 'chenzhou', 'hostile', { name: text, address: text, summary: packed(15), receptionHours: text }),
    withFields('library', 'hehua-e-reading-room', 'hostile', { name: text, address: text, summary: packed(20) }),
    withFields('campaigns', 'golden-key-essay', 'hostile', { title: text, summary: packed(25), howToJoin: text, en: { title: text } }),
  ];
  return Object.fromEntries(entries);
}
