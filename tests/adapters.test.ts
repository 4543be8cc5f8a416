/**
 * The project reaches into three libraries' non-public parts, each from one module. These tests
 * pin what each returns, so that an upgrade that changes it fails here, by name, rather than
 * as a wrong CMS form or a silently different build.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { defOf, minItemsOf, patternsOf } from '../src/lib/schema-walk.ts';
import { ref } from '../src/schemas/fields.ts';

describe('src/lib/frontmatter.ts (Astro’s front-matter reader, @astrojs/internal-helpers)', () => {
  it('reads values as Astro’s glob loader hands them to the schema, and the body after them', () => {
    const { data, body } = readFrontmatter('---\ntitle: 停水通知\npublished: 2026-11-20 08:00\nday: 2026-12-05\ncount: 3\n---\n正文第一段\n');
    expect(data).toEqual({ title: '停水通知', published: '2026-11-20 08:00', day: new Date('2026-12-05T00:00:00Z'), count: 3 });
    expect(body.trim()).toBe('正文第一段');
  });

  it('throws with the line of a YAML error', () => {
    expect(() => readFrontmatter('---\ntitle: a\n  bad: [\n---\n')).toThrow(/line|行|\d+:\d+/);
  });
});

describe('src/lib/schema-walk.ts (Zod 4 internals)', () => {
  it('reads a schema’s kind, a list’s minimum and a string’s pattern', () => {
    expect(defOf(z.array(z.string())).type).toBe('array');
    expect(defOf(z.string().optional()).type).toBe('optional');
    expect(minItemsOf(z.array(z.string()).min(2))).toBe(2);
    expect(minItemsOf(z.array(z.string()))).toBeUndefined();
    expect(patternsOf(z.string().regex(/^[a-z]+$/))).toEqual(['^[a-z]+$']);
  });
});

describe('src/schemas/fields.ts (Astro’s reference(), from astro/content/runtime)', () => {
  it('turns an id into the { collection, id } a page reads', () => {
    expect(ref('venues', '场地').parse('jiangbin-plaza')).toEqual({ collection: 'venues', id: 'jiangbin-plaza' });
  });
});
