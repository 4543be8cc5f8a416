/**
 * Finds broken internal links in a built site: every href/src (and og:image/og:url) on every page
 * must lead to a file the build wrote, and every #fragment to an element with that id on the target page. Links to
 * the site's own origin (canonical, hreflang, webcal feeds) count as internal; other hosts are
 * left to `npm run check:links`.
 */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface PageLinks {
  ids: Set<string>;
  links: { attribute: string; value: string }[];
}

const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  source: ['src'],
  form: ['action'],
};

/** Share metadata that holds an address (absolute, on the site's origin: the build's own files). */
const LINK_META_PROPERTIES: ReadonlySet<string> = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

export function readPage(html: string): PageLinks {
  const ids = new Set<string>();
  const links: PageLinks['links'] = [];
  visit(fromHtml(html), 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id === 'string') ids.add(id);
    if (node.tagName === 'a' && typeof node.properties['name'] === 'string') ids.add(node.properties['name']);
    const property = node.tagName === 'meta' ? (node.properties['property'] ?? node.properties['name']) : undefined;
    if (typeof property === 'string' && LINK_META_PROPERTIES.has(property) && typeof node.properties['content'] === 'string') {
      links.push({ attribute: `meta[${property}]`, value: node.properties['content'] });
    }
    for (const attribute of LINK_ATTRIBUTES[node.tagName] ?? []) {
      const value = node.properties[attribute];
      if (typeof value === 'string') links.push({ attribute: `${node.tagName}[${attribute}]`, value });
    }
  });
  return { ids, links };
}

export interface BrokenLink {
  page: string;
  attribute: string;
  value: string;
  problem: string;
}

/**
 * `pages`: path of each built HTML page ("/notices/x/" or "/404.html") → its links and ids.
 * `exists`: whether the build wrote a file at a path ("/calendar/all.ics", "/notices/x/").
 */
export function findBrokenLinks(pages: ReadonlyMap<string, PageLinks>, exists: (path: string) => boolean, siteOrigin: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, { links }] of pages) {
    for (const { attribute, value } of links) {
      const target = resolve(value, page, siteOrigin);
      if (!target) continue;
      const problem = !exists(target.path)
        ? `${target.path} 不存在(no such page or file)`
        : target.fragment && !(pages.get(target.path) ?? pages.get(`${target.path}index.html`))?.ids.has(target.fragment)
          ? `${target.path} 上没有 id="${target.fragment}"(no such anchor)`
          : undefined;
      if (problem) broken.push({ page, attribute, value, problem });
    }
  }
  return broken;
}

function resolve(value: string, page: string, siteOrigin: string): { path: string; fragment: string } | undefined {
  const trimmed = value.trim();
  if (!trimmed || /^(mailto|tel|javascript|data|blob):/i.test(trimmed)) return undefined;
  const base = new URL(page, siteOrigin);
  let url: URL;
  try {
    url = new URL(trimmed.replace(/^webcal:/i, 'https:'), base);
  } catch {
    return { path: trimmed, fragment: '' };
  }
  if (url.origin !== new URL(siteOrigin).origin) return undefined;
  return { path: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}
