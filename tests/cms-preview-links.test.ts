/**
 * 查看发布 in the CMS opens `preview_path` of the entry: for every collection, the link of one of
 * its entries must be a page of the built site (and, for a library card, an element on it).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUILT_SITE, ROOT } from './support/paths.ts';
import { contentFiles } from './support/content.ts';

const config = parse(readFileSync(join(ROOT, 'admin/config.yml'), 'utf8')) as { collections: { name: string; preview_path: string }[] };

describe('查看发布 (the CMS’s link to the published entry)', () => {
  it.each(config.collections)('leads to the built page of a $name entry', ({ name, preview_path }) => {
    const entry = contentFiles(name)[0]!;
    const [path, anchor] = `/${preview_path.replace('{{slug}}', entry.id)}`.split('#');
    const file = join(BUILT_SITE, path!, 'index.html');
    expect(existsSync(file), `${name}: ${path}`).toBe(true);
    if (anchor) expect(readFileSync(file, 'utf8'), `${name}: #${anchor}`).toContain(` id="${anchor}"`);
  });
});
