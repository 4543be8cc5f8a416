/**
 * The CMS page's script. `astro build` no longer bundles Decap CMS itself: it takes the bundle
 * scripts/cms-bundle.ts keeps (built only when admin/, the files it imports, the installed packages or a
 * PUBLIC_ setting changed) and copies it into the site's /_astro/. `astro dev` serves
 * admin/cms.ts through Vite as before, so an edit to a widget shows on reload.
 *
 * The admin page reads the script's address from `virtual:chuanhui/cms-script`.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_RECORDS, cmsBundle, PUBLIC_URL_BASE, type CmsBundle } from '../../scripts/cms-bundle.ts';

const MODULE = 'virtual:chuanhui/cms-script';
const DEV_SCRIPT = '/admin/cms.ts';

export function prebuiltCms(): AstroIntegration {
  let bundle: CmsBundle | undefined;
  return {
    name: 'chuanhui-prebuilt-cms',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command === 'build') {
          const started = performance.now();
          bundle = cmsBundle(fileURLToPath(config.root));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(bundle.built ? `CMS bundle built in ${seconds} s` : `CMS bundle reused (its inputs are unchanged), ${seconds} s`);
        }
        const script = bundle ? `${PUBLIC_URL_BASE}${bundle.entry}` : DEV_SCRIPT;
        const preload = (bundle?.preload ?? []).map((name) => `${PUBLIC_URL_BASE}${name}`);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'chuanhui-cms-script',
                resolveId: (id) => (id === MODULE ? `\0${MODULE}` : undefined),
                load: (id) =>
                  id === `\0${MODULE}` ? `export default ${JSON.stringify(script)};\nexport const preload = ${JSON.stringify(preload)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!bundle) return;
        const target = fileURLToPath(new URL(`.${PUBLIC_URL_BASE}`, dir));
        const files = readdirSync(bundle.dir).filter((name) => !CACHE_RECORDS.has(name));
        for (const name of files) cpSync(join(bundle.dir, name), join(target, name));
        logger.info(`copied the CMS bundle (${files.length} files) into ${PUBLIC_URL_BASE}`);
      },
    },
  };
}
