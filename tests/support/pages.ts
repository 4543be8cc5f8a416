/** The built site's pages, grouped by page type, so accessibility checks cover new types by themselves. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { findBrokenLinks, readPage, type PageLinks } from '../../src/lib/internal-links.ts';
import { join, relative } from 'node:path';
import { BUILT_SITE } from './paths.ts';

/** Every .html file under `dir`, recursively. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/** Path segments that name a kind of page rather than an entry. */
const STATIC_SEGMENTS = new Set(['category', 'community', 'courses', 'events', 'type', 'venue', 'team', 'event']);

/** "/en/notices/category/service/" → "notices/category/:id" (the same for both languages). */
export function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments[0] === 'en') segments.shift();
  if (!segments.length) return 'home';
  return segments.map((s, i) => (i === 0 || STATIC_SEGMENTS.has(s) ? s : ':id')).join('/');
}

/** One built page per page type and language (the CMS excluded: its interface is Decap's). */
export function pagesByType(): { type: string; path: string }[] {
  const seen = new Map<string, string>();
  for (const file of htmlFiles(BUILT_SITE).sort()) {
    const path = `/${relative(BUILT_SITE, file)
      .replace(/index\.html$/, '')
      .replace(/\\/g, '/')}`;
    if (path.startsWith('/admin/')) continue;
    const key = `${path.startsWith('/en/') ? 'en' : 'zh'} ${pageType(path)}`;
    if (!seen.has(key)) seen.set(key, path);
  }
  return [...seen].map(([key, path]) => ({ type: key, path }));
}

/**
 * Broken internal links and anchors of a built site, one line each ("page: attribute="value" — problem").
 * The site's origin is read from the home page's canonical link.
 */
export function brokenLinksIn(dist: string): { pages: number; broken: string[] } {
  const pages = new Map<string, PageLinks>();
  for (const file of htmlFiles(dist)) {
    pages.set(
      `/${relative(dist, file)
        .replace(/\\/g, '/')
        .replace(/(^|\/)index\.html$/, '$1')}`,
      readPage(readFileSync(file, 'utf8')),
    );
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  if (!canonical) throw new Error(`${dist}/index.html has no canonical link`);
  const exists = (path: string) => {
    const file = join(dist, path);
    return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
  };
  const broken = findBrokenLinks(pages, exists, new URL(canonical).origin);
  return { pages: pages.size, broken: broken.map((b) => `${b.page}: ${b.attribute}="${b.value}" — ${b.problem}`) };
}
