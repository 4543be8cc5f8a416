/** Reads content files with the same front-matter parser Astro's build uses. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { FIXTURE_CONTENT } from './paths.ts';
import { restoreImpossibleDates } from '../../src/lib/written-dates.ts';

/** As the build's loader hands it to the schema: impossible unquoted dates kept as written (src/lib/written-dates.ts). */
export function frontmatterOf(source: string): Record<string, unknown> {
  return restoreImpossibleDates(readFrontmatter(source).data, source);
}

/** The entries of one collection of the tests' own content (or of another content folder, for the lint), named as the build names them. */
export function contentFiles(collection: string, root = FIXTURE_CONTENT): { id: string; file: string; data: Record<string, unknown> }[] {
  const dir = join(root, collection);
  if (!existsSync(dir)) return []; // a collection with no entries has no folder
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ id: name.replace(/\.md$/, ''), file: `content/${collection}/${name}`, data: frontmatterOf(readFileSync(join(dir, name), 'utf8')) }));
}
