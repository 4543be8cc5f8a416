/** The addresses a built site serves that others may link to: pages, feeds, QR codes. */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

const RECORDED = /\.(xml|ics|svg|png)$/;
const SKIPPED = /^\/(_astro|pagefind|admin|uploads|calendar\/events|calendar\/event)\//;

export function publishedPaths(dist: string): string[] {
  const found: string[] = [];
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const path = `/${file.split(sep).join('/')}`;
    if (SKIPPED.test(path) || !statSync(join(dist, file)).isFile()) continue;
    if (path.endsWith('/index.html')) found.push(path.replace(/index\.html$/, ''));
    else if (RECORDED.test(path) && !path.startsWith('/favicon')) found.push(path);
  }
  return found.sort();
}
