/**
 * No drift between what the build accepts (the Zod schemas) and what the CMS edits
 * (admin/config.yml). The checks read the schemas by their behaviour (what they accept and
 * produce), not through the generator's own metadata, so a wrong generator fails them too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { z } from 'astro/zod';
import { CMS_COLLECTIONS } from '../admin/collections.ts';
import { buildCmsConfig, unwrap } from '../admin/config-builder.ts';
import { DOCUMENT_FOLDER, DOCUMENT_NAME_PATTERN, IMAGE_NAME_PATTERN } from '../src/lib/uploads.ts';
import { cmsCanonical } from '../admin/content-format.ts';
import { ROOT } from './support/paths.ts';
import { defOf, patternsOf } from '../src/lib/schema-walk.ts';
import { COLLECTION_NAMES } from '../src/registry.ts';

type Field = Record<string, unknown> & {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  options?: { value: string }[];
  collection?: string;
  multiple?: boolean;
  fields?: Field[];
  field?: Field;
  pattern?: [string, string];
  format?: string;
  time_format?: string | false;
};

const configText = readFileSync(join(ROOT, 'admin/config.yml'), 'utf8');
const config = parse(configText) as {
  collections: (Record<string, unknown> & { name: string; fields: Field[] })[];
  media_folder: string;
  public_folder: string;
  local_backend: { url: string };
};

/** The collection a reference field points to, found by parsing an id through it. */
function referencedCollection(schema: z.ZodType): string | undefined {
  const result = schema.safeParse('probe-id');
  const data = result.success ? (result.data as { collection?: unknown } | undefined) : undefined;
  return data && typeof data === 'object' && typeof data.collection === 'string' ? data.collection : undefined;
}

function compareFields(where: string, shape: Record<string, z.ZodType>, fields: Field[], insideOptional: boolean, problems: string[]) {
  const cmsNames = fields.map((f) => f.name);
  for (const name of Object.keys(shape)) if (!cmsNames.includes(name)) problems.push(`${where}.${name}: in the schema, missing from the CMS`);
  for (const name of cmsNames) if (!(name in shape)) problems.push(`${where}.${name}: in the CMS, unknown to the schema`);

  for (const field of fields) {
    const schema = shape[field.name];
    if (!schema) continue;
    const path = `${where}.${field.name}`;
    const requiredInSchema = !schema.safeParse(undefined).success;
    // A field the CMS fills in on save (the 网址短名, from the title) may be left empty in the form.
    const expectRequired = requiredInSchema && !insideOptional && !unwrap(schema).meta.cms?.filledOnSave;
    if ((field.required !== false) !== expectRequired)
      problems.push(`${path}: required is ${field.required !== false} in the CMS, ${expectRequired} by the schema`);
    checkValue(path, unwrap(schema).core, field, insideOptional || !requiredInSchema, problems);
  }
}

function checkValue(path: string, core: z.ZodType, field: Field, insideOptional: boolean, problems: string[]) {
  const def = defOf(core);
  const collection = referencedCollection(core);
  if (collection) {
    if (field.widget !== 'relation' || field.collection !== collection)
      problems.push(`${path}: should be a relation to ${collection}, is ${field.widget} ${field.collection ?? ''}`);
  } else if (def.type === 'enum') {
    const values = Object.values(def.entries ?? {});
    const options = (field.options ?? []).map((o) => o.value);
    if (field.widget !== 'select' || JSON.stringify(options) !== JSON.stringify(values))
      problems.push(`${path}: select options ${JSON.stringify(options)} differ from the schema's ${JSON.stringify(values)}`);
  } else if (def.type === 'object' && def.shape) {
    if (field.widget !== 'object') problems.push(`${path}: should be an object widget, is ${field.widget}`);
    else compareFields(path, def.shape, field.fields ?? [], insideOptional, problems);
  } else if (def.type === 'array' && def.element) {
    const element = unwrap(def.element).core;
    const elementDef = defOf(element);
    if (referencedCollection(element) || elementDef.type === 'enum') {
      if (!field.multiple) problems.push(`${path}: a list of choices should be a multiple select/relation`);
      checkValue(path, element, field, insideOptional, problems);
    } else if (elementDef.type === 'object' && elementDef.shape) {
      if (field.widget !== 'list' || !field.fields) problems.push(`${path}: should be a list of objects`);
      else compareFields(`${path}[]`, elementDef.shape, field.fields, false, problems);
    } else if (field.widget !== 'list' || !field.field) {
      problems.push(`${path}: should be a list`);
    } else {
      checkValue(`${path}[]`, element, field.field, false, problems);
    }
  } else {
    const asDateTime = core.safeParse('2026-12-05 19:30');
    const asYamlDate = core.safeParse(new Date('2026-12-05T00:00:00Z')); // how YAML hands over an unquoted date
    if (asDateTime.success && asDateTime.data instanceof Date) {
      if (field.widget !== 'datetime' || field.format !== 'YYYY-MM-DD HH:mm') problems.push(`${path}: should be a datetime picker writing YYYY-MM-DD HH:mm`);
    } else if (asYamlDate.success && asYamlDate.data === '2026-12-05') {
      if (field.widget !== 'datetime' || field.format !== 'YYYY-MM-DD' || field.time_format !== false)
        problems.push(`${path}: should be a date picker writing YYYY-MM-DD`);
    }
    const accepts = (value: string) => core.safeParse(value).success;
    const upload =
      accepts('../media/poster.jpg') && !accepts('poster.jpg') ? 'image' : accepts('/uploads/form.pdf') && !accepts('/notices/') ? 'document' : undefined;
    if (upload) {
      // Decap checks a file field's pattern against the chosen file's name, so the CMS checks the
      // type by extension and the folder by configuration; the schema checks the saved path.
      const [widget, namePattern] = upload === 'image' ? ['image', IMAGE_NAME_PATTERN] : ['file', DOCUMENT_NAME_PATTERN];
      if (field.widget !== widget || field.pattern?.[0] !== namePattern.source)
        problems.push(`${path}: should be a ${widget} widget accepting ${namePattern.source}`);
      const folders = upload === 'image' ? [undefined, undefined] : [`/${DOCUMENT_FOLDER}`, '/uploads'];
      if (field['media_folder'] !== folders[0] || field['public_folder'] !== folders[1])
        problems.push(`${path}: uploads to ${field['media_folder']} (${field['public_folder']}), expected ${folders.join(' ')}`);
      return;
    }
    const patterns = patternsOf(core);
    if (patterns.length && field.pattern?.[0] !== patterns[0]) problems.push(`${path}: pattern ${field.pattern?.[0]} differs from the schema's ${patterns[0]}`);
  }
}

describe('the CMS configuration', () => {
  it('is what the generator makes of the current schemas (run `npm run cms:config` after a schema change)', () => {
    expect(parse(configText)).toEqual(JSON.parse(JSON.stringify(buildCmsConfig())));
  });

  it('has every collection of the registry, in its order', () => {
    expect(config.collections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
  });

  // admin/decap.ts registers only some of Decap's widgets (start-up time): a field whose widget
  // is not registered would show "'x'的控件不存在" in place of its control.
  it('uses only widgets the CMS registers (Decap’s in admin/decap.ts, ours in admin/cms.ts)', () => {
    const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');
    const registered = new Set([
      ...[...source('admin/decap.ts').matchAll(/from 'decap-cms-widget-([a-z]+)'/g)].map((m) => m[1]!),
      ...[...source('admin/cms.ts').matchAll(/registerWidget\('([a-z-]+)'/g)].map((m) => m[1]!),
    ]);
    const used = new Set<string>();
    const visit = (field: Field) => {
      used.add(field.widget ?? 'string');
      for (const inner of [...(field.fields ?? []), ...(field.field ? [field.field] : [])]) visit(inner);
    };
    for (const collection of config.collections) for (const field of collection.fields) visit(field);
    expect(used.size).toBeGreaterThan(8);
    expect([...used].filter((widget) => !registered.has(widget))).toEqual([]);
  });

  for (const collection of CMS_COLLECTIONS) {
    it(`edits exactly the fields of ${collection.name}, with matching required flags, choices, references and patterns`, () => {
      const cms = config.collections.find((c) => c.name === collection.name)!;
      expect(cms['folder']).toBe(`content/${collection.name}`);
      const shape = defOf(unwrap(collection.schema).core).shape!;
      const problems: string[] = [];
      const body = cms.fields.find((f) => f.name === 'body');
      expect(body).toMatchObject({ widget: 'markdown-source', required: false });
      compareFields(
        collection.name,
        shape,
        cms.fields.filter((f) => f.name !== 'body'),
        false,
        problems,
      );
      expect(problems).toEqual([]);
    });
  }

  it('names new files from the ASCII short name (and the entry’s own date), never from the title', () => {
    for (const c of config.collections) {
      expect(c['slug'], c.name).toMatch(/^(\{\{fields\.(published|start) \| date\('YYYY-MM-DD'\)\}\}-)?\{\{fields\.key\}\}$/);
    }
  });

  it('stores images in content/media (written ../media/…, so the build processes them), documents in public/uploads, and edits locally through loopback only', () => {
    expect(config.media_folder).toBe('content/media');
    expect(config.public_folder).toBe('../media');
    expect(config.local_backend.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
  });

  it('has labels without brackets, so that Decap’s “ (可选)” never doubles them', () => {
    const bracketed: string[] = [];
    const walk = (fields: Field[], prefix: string) => {
      for (const field of fields) {
        if (/[()()]/.test(field.label)) bracketed.push(`${prefix}${field.label}`);
        walk([...(field.fields ?? []), ...(field.field ? [field.field] : [])], `${prefix}${field.label} › `);
      }
    };
    for (const collection of config.collections) walk(collection.fields, `${collection.name}: `);
    expect(bracketed).toEqual([]);
  });

  it('keeps the Markdown corpus of the body round-trip test in the form the CMS writes', async () => {
    // tests/e2e/cms.test.ts saves this corpus through the CMS and expects every byte back.
    const corpus = readFileSync(join(ROOT, 'tests/fixtures/markdown/corpus.md'), 'utf8');
    expect(await cmsCanonical(corpus, 'notices')).toBe(corpus);
  });

  it('would catch drift: a field renamed on one side only, a wrong required flag, a missing option', () => {
    const notices = CMS_COLLECTIONS.find((c) => c.name === 'notices')!;
    const shape = defOf(unwrap(notices.schema).core).shape!;
    const fields = (parse(stringify(config.collections.find((c) => c.name === 'notices')!.fields)) as Field[]).filter((f) => f.name !== 'body');
    fields.find((f) => f.name === 'title')!.name = 'headline';
    fields.find((f) => f.name === 'published')!.required = false;
    fields.find((f) => f.name === 'category')!.options!.pop();
    const problems: string[] = [];
    compareFields('notices', shape, fields, false, problems);
    expect(problems).toEqual([
      'notices.title: in the schema, missing from the CMS',
      'notices.headline: in the CMS, unknown to the schema',
      'notices.published: required is false in the CMS, true by the schema',
      expect.stringMatching(/^notices\.category: select options .* differ/),
    ]);
  });
});

describe('the CMS lists at district scale', () => {
  const collections = buildCmsConfig().collections as unknown as {
    name: string;
    view_groups?: { label: string; field: string; pattern?: string }[];
    view_filters?: { label: string; field: string; pattern: string | boolean }[];
  }[];
  const of = (name: string) => collections.find((c) => c.name === name)!;
  /** Decap's own test of a filter (decap-cms-core reducers/entries.ts selectEntries). */
  const passes = (pattern: string | boolean, value: unknown) => value !== undefined && new RegExp(String(pattern)).test(String(value));

  it('groups dated collections by year: the year of the date as the CMS stores it', () => {
    for (const [name, field] of [
      ['notices', 'published'],
      ['performances', 'start'],
      ['campaigns', 'start'],
    ] as const) {
      const byYear = of(name).view_groups?.find((group) => group.label === '按年份');
      expect(byYear?.field, name).toBe(field);
      expect('2026-11-12 15:00'.match(new RegExp(byYear!.pattern!))?.[0]).toBe('2026');
    }
  });

  it('filters notices by 有效, 紧急, 置顶, 已修改 and 已废止, with Chinese labels, as Decap tests them', () => {
    // 有效 reads the notice's status or its default (tests/cms-list-facts.test.ts).
    const filters = of('notices').view_filters ?? [];
    expect(filters.map((filter) => filter.label)).toEqual(['有效', '紧急', '置顶', '已修改', '已废止']);
    const urgent = filters.find((filter) => filter.label === '紧急')!;
    expect([passes(urgent.pattern, true), passes(urgent.pattern, false), passes(urgent.pattern, undefined)]).toEqual([true, false, false]);
    const repealed = filters.find((filter) => filter.label === '已废止')!;
    expect([passes(repealed.pattern, 'repealed'), passes(repealed.pattern, 'amended')]).toEqual([true, false]);
  });
});
