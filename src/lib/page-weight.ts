/**
 * What a first visit to a built page downloads, gzipped: the HTML, its stylesheets and every
 * script it loads (script src, island component and renderer), followed through their imports.
 * Images, fonts and data fetched later (calendar months, search index) are not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  /** gzipped bytes of external scripts (bundles) */
  js: number;
  scripts: string[];
  total: number;
}

const gz = (data: string | Buffer) => gzipSync(data).length;

/** `dist`: the built site's folder; `page`: "/calendar/" or "/404.html". */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page, page.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+\.css)"/g)].map((m) => m[1]!);
  const scripts = scriptGraph(
    dist,
    [...html.matchAll(/(?:src|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!),
  );
  const css = stylesheets.reduce((sum, path) => sum + gz(readFileSync(join(dist, path))), 0);
  const js = scripts.reduce((sum, path) => sum + gz(readFileSync(join(dist, path))), 0);
  const htmlSize = gz(html);
  return { html: htmlSize, css, js, scripts, total: htmlSize + css + js };
}

/** The entry scripts and every module they import, statically or dynamically (an upper bound). */
function scriptGraph(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"(\.\/[^"]+\.js)"/g)) queue.push(new URL(m[1]!, `http://x${path}`).pathname);
  }
  return [...seen];
}
