/** The addresses a built site serves that others may link to: pages, feeds, QR codes. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const RECORDED = /\.(xml|ics|svg|png)$/;
const SKIPPED = /^\/(_astro|pagefind|admin|uploads|calendar\/events|calendar\/event)\//;

export function publishedPaths(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const path = `/${relative(dist, full).replace(/\\/g, '/')}`;
        if (SKIPPED.test(path)) continue;
        if (name === 'index.html') found.push(path.replace(/index\.html$/, ''));
        else if (RECORDED.test(name) && !path.startsWith('/favicon')) found.push(path);
      }
    }
  };
  walk(dist);
  return found.sort();
}
