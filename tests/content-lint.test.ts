/**
 * The lint of the real content/ (whatever the district has put there): the only tests that read
 * it. Behaviour tests build and read their own copy (tests/fixtures/content), so replacing
 * content/ with another valid set changes nothing but what these checks look at.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/paths.ts';
import { contentFiles } from './support/content.ts';
import { checkContentFolder } from '../scripts/content-check.ts';
import { formatProblems } from '../src/lib/content-problems.ts';
import { cmsCanonical } from '../admin/content-format.ts';
import { readManifest } from '../src/lib/permanent-urls.ts';
import { COLLECTION_NAMES, REGISTRY, type CollectionDefinition } from '../src/registry.ts';

const REAL_CONTENT = join(ROOT, 'content');

/** The fixed names under a collection's URL (`category`, `page`, `rss.xml`): its routes in src/pages, not entries. */
const routes = (base: string) =>
  new Set(
    readdirSync(join(ROOT, 'src/pages/[...lang]', base))
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\.(astro|ts)$/, '')),
  );

describe('content/ (the district’s content)', () => {
  it('passes the build’s content check (schemas, references, duplicate keys, uploads)', async () => {
    const problems = await checkContentFolder(ROOT);
    expect(problems.length ? formatProblems(problems) : 'no problems').toBe('no problems');
  });

  it('is in the exact form the CMS saves, so a save changes only what the editor changed', async () => {
    const differing: string[] = [];
    for (const name of COLLECTION_NAMES) {
      for (const { id } of contentFiles(name, REAL_CONTENT)) {
        const source = readFileSync(join(REAL_CONTENT, name, `${id}.md`), 'utf8');
        if ((await cmsCanonical(source, name)) !== source) differing.push(`content/${name}/${id}.md`);
      }
    }
    expect(differing, 'run `npm run content:format`').toEqual([]);
  });

  it('still has, or redirects, every entry page recorded in urls.txt', () => {
    const recorded = readManifest(readFileSync(join(ROOT, 'urls.txt'), 'utf8'));
    const gone: string[] = [];
    for (const name of COLLECTION_NAMES) {
      const url: CollectionDefinition['url'] = REGISTRY[name].url;
      if (!('page' in url)) continue;
      const [before, after] = url.page.split('{id}') as [string, string];
      const entries = contentFiles(name, REAL_CONTENT);
      const known = new Set(entries.flatMap((entry) => [entry.id, ...((entry.data['movedFrom'] as string[] | undefined) ?? [])]));
      for (const path of recorded) {
        const rest = path.replace(/^\/en\//, '/');
        if (!rest.startsWith(before)) continue;
        const id = rest.slice(before.length).split('/')[0]!;
        // The collection's list pages (/notices/, /notices/page/2/, /notices/category/…) are routes, not entries.
        if (!id || !rest.slice(before.length + id.length).startsWith(after) || routes(before).has(id)) continue;
        if (!known.has(id)) gone.push(path);
      }
    }
    expect(
      gone,
      'urls.txt records these pages, but no entry (and no movedFrom) has them: restore the entry, add its old name to movedFrom, or delete the line from urls.txt on purpose',
    ).toEqual([]);
  });
});
