/**
 * The CMS leaves optional fields blank ("", or an object whose fields are all blank). Any
 * combination of such blanks must pass the schemas and build, with pages that still render.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CMS_COLLECTIONS } from '../admin/collections.ts';
import { dateFieldOf, type CollectionName } from '../src/registry.ts';
import { buildCmsConfig, type DecapField } from '../admin/config-builder.ts';
import { shapeOf, unwrap } from '../src/lib/schema-walk.ts';
import { cmsCanonical } from '../admin/content-format.ts';
import { buildFixture, makeFixture } from './support/fixture-build.ts';

/** The least each collection needs: required fields only (a new collection does not compile until it has one here). */
const minimal: Record<CollectionName, Record<string, unknown>> = {
  notices: { title: '最简通知', key: 'minimal', published: '2026-11-27 09:00', category: 'service' },
  performances: { title: '最简演出', key: 'minimal', start: '2026-11-28 19:00', venue: 'jiangbin-plaza', troupes: ['江滨社区夕阳红合唱团'] },
  leagues: {
    title: '最简赛事',
    key: 'minimal',
    sport: 'badminton',
    season: '2027 春季',
    format: 'knockout',
    teams: [
      { id: 'a', name: '甲队', community: 'liukai' },
      { id: 'b', name: '乙队', community: 'jiangbin' },
    ],
  },
  courses: {
    title: '最简课程',
    key: 'minimal',
    audience: 'elderly',
    schools: ['yishan-civility'],
    lessons: [{ title: '第一课', start: '2026-12-01 15:00', venue: 'liukai-centre', teacher: '王老师' }],
  },
  campaigns: { title: '最简活动', key: 'minimal', start: '2026-12-01', end: '2026-12-31', audience: ['pupils'], howToJoin: '到社区报名' },
  schools: { name: '最简学校', key: 'minimal', kind: 'primary', community: 'renhe' },
  library: { name: '最简图书室', key: 'minimal', kind: 'community-library', address: '川汇区人和路 29 号' },
  communities: { name: '最简社区', key: 'minimal', subdistrict: '城北街道', address: '川汇区城北路 1 号', phone: '0394-8216609', receptionHours: '周一至周五' },
  venues: { name: '最简场地', key: 'minimal', community: 'renhe', kind: 'park', address: '川汇区人和路' },
};

/** What the CMS writes for a field an editor left empty. */
function blank(field: DecapField): unknown {
  if (field.widget === 'object') return Object.fromEntries((field['fields'] as DecapField[]).map((f) => [f.name, blank(f)]));
  if (field.widget === 'list' || field['multiple']) return [];
  if (field.widget === 'boolean') return false;
  return '';
}

/**
 * Optional in general but required in some cases, with their own message (tested in
 * schemas.test.ts): a physical library needs its address.
 */
const conditionallyRequired: Record<string, string[]> = { library: ['address'] };

const config = buildCmsConfig();
/** Left empty in the form, but filled in before the CMS saves (the 网址短名, from the title: admin/cms.ts). */
const filledOnSave = (name: string, field: string) => {
  const schema = CMS_COLLECTIONS.find((c) => c.name === name)!.schema;
  const fieldSchema = shapeOf(schema)[field];
  return Boolean(fieldSchema && unwrap(fieldSchema).meta.cms?.filledOnSave);
};
const optionalFields = (name: string) =>
  config.collections
    .find((c) => c.name === name)!
    .fields.filter((f) => f.required === false && f.name !== 'body' && !conditionallyRequired[name]?.includes(f.name) && !filledOnSave(name, f.name));

describe('blank optional fields', () => {
  for (const { name, schema } of CMS_COLLECTIONS) {
    it(`${name}: each optional field left blank, and all of them at once, still validate`, () => {
      const fields = optionalFields(name);
      expect(fields.length).toBeGreaterThan(0);
      for (const field of fields) {
        const result = schema.safeParse({ ...minimal[name], [field.name]: blank(field) });
        expect(result.success, `${name}.${field.name}: ${result.error?.message}`).toBe(true);
      }
      const allBlank = Object.fromEntries(fields.map((f) => [f.name, blank(f)]));
      expect(schema.safeParse({ ...minimal[name], ...allBlank }).error?.issues ?? []).toEqual([]);
    });
  }

  it('build, with a page for each entry that has one', async () => {
    const files: Record<string, string> = {};
    for (const { name } of CMS_COLLECTIONS) {
      const allBlank = Object.fromEntries(optionalFields(name).map((f) => [f.name, blank(f)]));
      const source = `---\n${stringify({ ...minimal[name], ...allBlank })}---\n`;
      files[`content/${name}/${dateFieldOf(name) ? '2026-11-27-' : ''}minimal.md`] = await cmsCanonical(source, name);
    }
    const dir = makeFixture(files);
    try {
      const build = buildFixture(dir, { SITE_NOW: '2026-11-27 10:00' });
      expect(build.status, build.output).toBe(0);
      for (const page of [
        'notices/2026-11-27-minimal',
        'performances/2026-11-27-minimal',
        'communities/minimal',
        'venues/minimal',
        'en/notices/2026-11-27-minimal',
      ]) {
        expect(readFileSync(join(dir, 'dist', page, 'index.html'), 'utf8'), page).toMatch(/最简(通知|演出|社区|场地)/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000); // a whole-site build
});
