/**
 * Link fields (issue 18, items 3 and 4): every form the schema allows is accepted by every link
 * field and renders; every disguise of another site or a script is refused with the field named.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { checkLink, linkLabel } from '../src/lib/links.ts';
import { campaignSchema, courseSchema, librarySchema } from '../src/schemas/education.ts';
import { LINK_PATTERN } from '../src/schemas/fields.ts';
import { contentFiles } from './support/content.ts';

/** Each form the field's hint allows, and the address it is stored as. */
const ALLOWED: [string, string][] = [
  ['https://www.zkslib.cn/', 'https://www.zkslib.cn/'],
  ['http://www.zkslib.cn/opac?q=川汇#top', 'http://www.zkslib.cn/opac?q=%E5%B7%9D%E6%B1%87#top'],
  ['HTTPS://WWW.ZKSLIB.CN/Path', 'https://www.zkslib.cn/Path'],
  ['https://www.zkslib.cn:8443/x', 'https://www.zkslib.cn:8443/x'],
  ['https://川汇.中国/', 'https://xn--5rtu43a.xn--fiqs8s/'],
  ['/school/', '/school/'],
  ['/uploads/2026/handbook.pdf', '/uploads/2026/handbook.pdf'],
  ['/campaigns/golden-key-essay/?from=hehua-primary#kit', '/campaigns/golden-key-essay/?from=hehua-primary#kit'],
  ['/school/../library/', '/library/'],
];

/** Links that pass for a site path or an https address but open something else. */
const REFUSED: string[] = [
  '/\\evil.example/x',
  '\\\\evil.example/x',
  '//evil.example/x',
  '/%2F%2Fevil.example/x',
  '/%2f%2fevil.example',
  '/%5Cevil.example',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'https\t://evil.example',
  ' https://evil.example',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox',
  'https://chuanhui.example.cn@evil.example/',
  'https:evil.example',
  'https://localhost/',
  'https://аpple.com/', // Cyrillic а
  'https://www.zkslib.cn.xn--80ak6aa92e.com/',
  'https://ｅｖｉｌ.example/', // full-width letters
  'ftp://files.example.cn/',
  'www.zkslib.cn',
  '',
];

describe('checkLink: the URL parser decides', () => {
  it('accepts each allowed form and stores the address browsers open', () => {
    for (const [written, href] of ALLOWED) {
      expect(checkLink(written), written).toEqual({ ok: true, href, external: !written.startsWith('/') });
    }
  });

  it('refuses every disguise', () => {
    for (const written of REFUSED) expect(checkLink(written).ok, JSON.stringify(written)).toBe(false);
  });

  it('labels an external link by its host and a site link by its path', () => {
    expect(linkLabel('https://www.zkslib.cn/opac')).toBe('www.zkslib.cn');
    expect(linkLabel('/school/')).toBe('/school/');
  });
});

const base = (collection: string) => contentFiles(collection)[0]!.data;

/** What the reads below need of a parsed entry (each field's own shape). */
type Parsed = { url?: string; lessons: { materials: { url: string }[] }[]; materials: { url: string }[] };

/** Every link field of every collection, as a way to put one URL into an entry. */
const LINK_FIELDS: { name: string; schema: z.ZodType; entry: (url: string) => unknown; read: (data: Parsed) => unknown; path: string }[] = [
  { name: 'library › 网址', schema: librarySchema, entry: (url) => ({ ...base('library'), url }), read: (d) => d.url, path: 'url' },
  {
    name: 'courses › 课程安排 › 学习材料 › 材料链接',
    schema: courseSchema,
    entry: (url) => {
      const course = base('courses') as { lessons: Record<string, unknown>[] };
      return { ...course, lessons: [{ ...course.lessons[0], materials: [{ title: '手册', url }] }, ...course.lessons.slice(1)] };
    },
    read: (d) => d.lessons[0]?.materials[0]?.url,
    path: 'lessons.0.materials.0.url',
  },
  {
    name: 'campaigns › 活动材料 › 材料链接',
    schema: campaignSchema,
    entry: (url) => ({ ...base('campaigns'), materials: [{ title: '手册', url }] }),
    read: (d) => d.materials[0]?.url,
    path: 'materials.0.url',
  },
];

describe('every link field, with every allowed form and every disguise', () => {
  for (const field of LINK_FIELDS) {
    it(field.name, () => {
      for (const [written, href] of ALLOWED) {
        const result = field.schema.safeParse(field.entry(written));
        expect(result.success ? field.read(result.data as Parsed) : result.error.issues, written).toBe(href);
      }
      for (const written of REFUSED.filter(Boolean)) {
        const result = field.schema.safeParse(field.entry(written));
        expect(result.success, JSON.stringify(written)).toBe(false);
        const issue = result.error!.issues.find((i) => i.path.join('.') === field.path);
        expect(issue?.message, JSON.stringify(written)).toMatch(
          /^“(网址|材料链接)”的值 .* 不是可用的链接:.*\(expected an http\(s\) address or a path on this site\)$/,
        );
      }
    });
  }

  it('the CMS pattern (a first filter in the editor) lets every allowed form through and stops the plain disguises', () => {
    for (const [written] of ALLOWED) expect(LINK_PATTERN.test(written), written).toBe(true);
    for (const written of [
      '/\\evil.example/x',
      '//evil.example/x',
      '/%2F%2Fevil.example/x',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'https://chuanhui.example.cn@evil.example/',
      '',
    ]) {
      expect(LINK_PATTERN.test(written), JSON.stringify(written)).toBe(false);
    }
  });
});
