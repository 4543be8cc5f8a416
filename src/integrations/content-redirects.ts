/**
 * Reads `movedFrom` from the content's front matter when Astro loads its config, so that every
 * former address of a renamed entry becomes a redirect page (see src/lib/permanent-urls.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { PAGE_PATHS, redirectsFor, type MovedEntry } from '../lib/permanent-urls.ts';

/**
 * This runs while Astro loads its config, before any content check. A file whose front matter
 * cannot be read gives no redirects here: the content check of `npm run build`
 * (src/lib/content-check.ts) and Astro's content loader both refuse it with its file and line,
 * while an error thrown here would stop `astro dev` from starting at all.
 */
function frontmatterOf(file: URL) {
  try {
    const text = readFileSync(file, 'utf8');
    // Few entries were ever renamed; parsing only those keeps Astro's start quick at thousands of entries.
    return text.includes('movedFrom') ? readFrontmatter(text).data : {};
  } catch {
    return {};
  }
}

export function contentRedirects(root: URL): Record<string, string> {
  const entries: MovedEntry[] = [];
  for (const collection of Object.keys(PAGE_PATHS)) {
    const dir = new URL(`content/${collection}/`, root);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const frontmatter = frontmatterOf(new URL(file, dir));
      const moved = (frontmatter as { movedFrom?: unknown }).movedFrom;
      entries.push({
        collection,
        id: file.replace(/\.md$/, ''),
        movedFrom: Array.isArray(moved) ? moved.filter((m): m is string => typeof m === 'string') : [],
      });
    }
  }
  return redirectsFor(entries);
}
