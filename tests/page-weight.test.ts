/**
 * What a first visit downloads (HTML + CSS + JS, gzipped; images and later data excluded), for
 * one page of every type in both languages: residents on prepaid phone plans pay for each KB.
 */
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../src/lib/page-weight.ts';
import { BUILT_SITE } from './support/paths.ts';
import { pagesByType } from './support/pages.ts';

const KB = 1024;
/** Budgets by page type; every other type is a content page: 40 KB and no script bundle. */
const BUDGETS: Record<string, { max: number; scripts: boolean }> = {
  home: { max: 60 * KB, scripts: false },
  calendar: { max: 200 * KB, scripts: true },
  // Pagefind itself loads with the first query (measured by `npm run bench:search`).
  search: { max: 60 * KB, scripts: true },
};
const CONTENT_PAGE = { max: 40 * KB, scripts: false };

describe('page weight of a first visit', () => {
  const pages = pagesByType();

  it('covers every page type in both languages', () => {
    const types = new Set(pages.map((p) => p.type));
    for (const type of ['zh home', 'en home', 'zh calendar', 'zh notices/:id', 'en sports/:id', 'zh campaigns/:id', 'zh library'])
      expect(types).toContain(type);
  });

  it.each(pages)('$type ($path) stays within its budget', ({ type, path }) => {
    const budget = BUDGETS[type.split(' ')[1]!] ?? CONTENT_PAGE;
    const weight = pageWeight(BUILT_SITE, path);
    const summary = `${path}: HTML ${weight.html} B + CSS ${weight.css} B + JS ${weight.js} B = ${weight.total} B gzipped (budget ${budget.max} B)`;
    expect(weight.total, summary).toBeLessThanOrEqual(budget.max);
    if (!budget.scripts) expect(weight.scripts, `${path} loads a script bundle`).toEqual([]);
  });
});
