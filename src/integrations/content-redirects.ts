/**
 * Reads `movedFrom` from the content's front matter when Astro loads its config, so that every
 * former address of a renamed entry becomes a redirect page (see src/lib/permanent-urls.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { PAGE_PATHS, redirectsFor, type MovedEntry } from '../lib/permanent-urls.ts';

/** This runs before Astro's own content checks, so a YAML error must name its file here. */
function readFrontmatter(file: URL, name: string) {
  try {
    return parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${name}: 文件开头的字段(YAML)格式有误,无法读取(the front matter is not valid YAML):\n${reason}`, { cause: error });
  }
}

export function contentRedirects(root: URL): Record<string, string> {
  const entries: MovedEntry[] = [];
  for (const collection of Object.keys(PAGE_PATHS)) {
    const dir = new URL(`content/${collection}/`, root);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const { frontmatter } = readFrontmatter(new URL(file, dir), `content/${collection}/${file}`);
      const moved = (frontmatter as { movedFrom?: unknown }).movedFrom;
      entries.push({ collection, id: file.replace(/\.md$/, ''), movedFrom: Array.isArray(moved) ? moved.filter((m): m is string => typeof m === 'string') : [] });
    }
  }
  return redirectsFor(entries);
}
