/**
 * `import config from './config.yml'` gives the parsed YAML, parsed when the code is bundled: the
 * CMS (admin/cms.ts) reads admin/config.yml as written without shipping a YAML parser of its own
 * to the browser. Used by the CMS bundle (scripts/cms-bundle.ts) and by `astro dev`.
 */
import type { Plugin } from 'vite';
import { parse } from 'yaml';

export function yamlModules(): Plugin {
  return {
    name: 'chuanhui-yaml-modules',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id)) return undefined;
      return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
    },
  };
}
