/**
 * Reads `movedFrom` from the content's front matter when Astro loads its config, so that every
 * former address of a renamed entry becomes a redirect page (see src/lib/permanent-urls.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { PAGE_PATHS, redirectsFor, type MovedEntry } from '../lib/permanent-urls.ts';

export function contentRedirects(root: URL): Record<string, string> {
  const entries: MovedEntry[] = [];
  for (const collection of Object.keys(PAGE_PATHS)) {
    const dir = new URL(`content/${collection}/`, root);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const { frontmatter } = parseFrontmatter(readFileSync(new URL(file, dir), 'utf8'), { frontmatter: 'empty-with-spaces' });
      const moved = (frontmatter as { movedFrom?: unknown }).movedFrom;
      entries.push({ collection, id: file.replace(/\.md$/, ''), movedFrom: Array.isArray(moved) ? moved.filter((m): m is string => typeof m === 'string') : [] });
    }
  }
  return redirectsFor(entries);
}
