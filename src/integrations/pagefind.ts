/**
 * Indexes the built site with Pagefind after every build (its npm binary is the extended build,
 * which segments Chinese). Only elements marked data-pagefind-body are indexed — the main
 * content of detail pages — and Pagefind keeps one index per <html lang>: zh-CN and en.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'chuanhui-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        // `npm run bench` reads this line for the time Pagefind takes.
        logger.info(`indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        await pagefind.close();
      },
    },
  };
}
