/**
 * The folder of drawn share cards (src/lib/share-card.ts), apart so that `npm run build` can
 * prune it without loading the renderer. It lives outside node_modules (`npm ci` empties that)
 * and outside the build's output, so it survives builds; CI keeps it between runs (README).
 * SHARE_CARD_CACHE overrides it (the benchmark uses that for its cold and warm runs).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function cardCacheDir(): string {
  return resolve(process.env['SHARE_CARD_CACHE'] || '.cache/share-cards');
}

/**
 * Removes cached cards the finished build at `dist` no longer uses (a changed title leaves its
 * old card behind), so the cache stays the size of the site. Returns how many were removed.
 */
export function pruneCardCache(dist: string, cacheDir = cardCacheDir()): number {
  let used: Set<string>;
  try {
    used = new Set(readdirSync(join(dist, 'cards')));
  } catch {
    return 0; // a build without cards (or a cache nobody made) leaves the cache alone
  }
  let removed = 0;
  for (const name of safeList(cacheDir)) {
    // …and any half-written card a killed build left
    if ((name.endsWith('.png') && !used.has(name)) || name.endsWith('.tmp')) {
      rmSync(join(cacheDir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
