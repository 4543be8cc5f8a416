/**
 * Indexes a built site with Pagefind (its npm binary is the extended build, which segments
 * Chinese). Only elements marked data-pagefind-body are indexed — the main content of detail
 * pages — and Pagefind keeps one index per <html lang>: zh-CN and en.
 *
 * `npm run build` runs this after `astro build` has exited, not inside it as an integration:
 * at 20,000 entries Astro still held 2.2 GB when Pagefind needed 2.1 GB more, and one after the
 * other the build stays well under 4 GB (docs/performance.md).
 */
import { join } from 'node:path';

export async function indexSite(dir: string): Promise<void> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // `npm run bench` reads this line for the time Pagefind takes.
    console.log(`[search] indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await pagefind.close();
  }
}
