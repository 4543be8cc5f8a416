/**
 * Reads a content file's front matter exactly as Astro's glob loader does (js-yaml, with
 * unquoted dates as Date objects). Astro exports that reader only from
 * @astrojs/internal-helpers, which is not a public API: this module is the one place that
 * imports it, and tests/adapters.test.ts fails when an upgrade changes what it returns.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

export interface FrontmatterFile {
  data: Record<string, unknown>;
  /** the Markdown after the front matter */
  body: string;
}

/** Throws (js-yaml's YAMLException, with its line) when the front matter is not valid YAML. */
export function readFrontmatter(source: string): FrontmatterFile {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
  return { data: frontmatter as Record<string, unknown>, body: content };
}
