/**
 * The CMS bundle imports the content schemas (so that it checks an entry exactly as the build
 * does), and through Astro's `reference()` Vite also bundled Astro's whole content store — every
 * entry of the site, rendered — as a lazily loaded chunk of the browser build: 90 KB for the
 * sample, tens of MB at 20,000 entries, minified on every build and never used by a browser.
 * In the browser build the store is an empty module instead.
 */
import type { Plugin } from 'vite';

const DATA_STORE = '\0astro:data-layer-content';

export function noContentStoreInBrowser(): Plugin {
  return {
    name: 'chuanhui-no-content-store-in-browser',
    applyToEnvironment: (environment) => environment.name === 'client',
    transform(_code, id) {
      if (id === DATA_STORE) return { code: 'export default new Map();', map: null };
      return undefined;
    },
  };
}
