/**
 * Dated entries are named by their own date field in Beijing time: not by the day of the save,
 * and not by the zone of the editor's browser. Runs under three machine zones (vitest.config.ts).
 * The slug template is compiled by Decap's own template engine, as the CMS does when it saves.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Map } from 'immutable';
// Decap's template engine itself (its package entry is a browser bundle; this is the ES module it is built from).
import * as stringTemplate from 'decap-cms-lib-widgets/dist/esm/stringTemplate.js';
import { ROOT } from './support/paths.ts';
import { withBeijingNowDefaults } from '../admin/now-defaults.ts';

interface Collection {
  name: string;
  slug: string;
  fields: Array<Record<string, unknown> & { name: string }>;
}
const config = parse(readFileSync(join(ROOT, 'admin/config.yml'), 'utf8')) as { collections: Collection[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

/** The file name Decap gives a new entry, saved at `savedAt` (its slug processor only lowercases ASCII here). */
const fileNameOf = (name: string, data: Record<string, string>, savedAt: Date) =>
  stringTemplate.compileStringTemplate(collection(name).slug, savedAt, '', Map(data));

// 00:37 on 28 November in Beijing: still the 27th in UTC and in every zone west of Beijing.
const beijingEarlyMorning = new Date('2026-11-28T00:37:00+08:00');

describe('file names of dated entries', () => {
  it('names a notice by its publication date in Beijing time, whatever the time of saving', () => {
    expect(fileNameOf('notices', { published: '2026-11-28 00:30', key: 'water-outage' }, beijingEarlyMorning)).toBe('2026-11-28-water-outage');
    expect(fileNameOf('notices', { published: '2026-11-27 23:59', key: 'water-outage' }, beijingEarlyMorning)).toBe('2026-11-27-water-outage');
  });

  it('names a performance by the day it takes place, not the day it was entered', () => {
    expect(fileNameOf('performances', { start: '2027-01-01 19:30', key: 'new-year-gala' }, beijingEarlyMorning)).toBe('2027-01-01-new-year-gala');
  });

  it('names undated collections by their short name alone', () => {
    expect(fileNameOf('venues', { key: 'jiangbin-plaza' }, beijingEarlyMorning)).toBe('jiangbin-plaza');
  });

  it('starts a new notice at the current Beijing time', () => {
    const withDefaults = withBeijingNowDefaults(config, beijingEarlyMorning);
    const published = withDefaults.collections.find((c) => c.name === 'notices')!.fields.find((f) => f.name === 'published')!;
    expect(published['default']).toBe('2026-11-28 00:37');
    // Only the field that means "now" gets a default: a performance's start is chosen by the editor.
    const start = withDefaults.collections.find((c) => c.name === 'performances')!.fields.find((f) => f.name === 'start')!;
    expect(start['default']).toBeUndefined();
  });
});
