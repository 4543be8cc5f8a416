/**
 * Decap's check of the CMS configuration (decap-cms-core `validateConfig`), run once per
 * configuration and CMS bundle in a browser instead of on every load. It compiles Decap's JSON
 * schema and AJV's draft-07 meta-schema each time: about 0.4 s of every start of the CMS on the
 * two-core test machine (docs/performance.md), for a configuration that is part of the bundle and
 * cannot change without the bundle's hashed address changing too.
 *
 * scripts/cms-bundle.ts makes Decap's `actions/config.js` import this module in place of its own
 * `validateConfig`. A configuration Decap refuses is never remembered, so it is refused (with the
 * Chinese explanation of admin/cms.ts) on every load, as before.
 */
import { validateConfig as decapValidateConfig } from 'decap-cms-core/dist/esm/constants/configSchema.js';
import { shortHash } from '../src/lib/short-hash.ts';

/** Where the browser remembers the last configuration Decap accepted. */
export const VALIDATED_KEY = 'chuanhui-cms-validated-config';

type Remembering = Pick<Storage, 'getItem' | 'setItem'>;

/** `validate` run only for a configuration (within `bundle`) not accepted before in `storage`. */
export function validatingOnce(validate: (config: unknown) => void, storage: Remembering | undefined, bundle: string) {
  return (config: unknown) => {
    const fingerprint = `${bundle} ${shortHash(JSON.stringify(config))}`;
    if (storage?.getItem(VALIDATED_KEY) === fingerprint) return;
    validate(config);
    try {
      storage?.setItem(VALIDATED_KEY, fingerprint);
    } catch {
      // Storage full or refused (a private window): nothing is remembered and the next load checks again.
    }
  };
}

/** The page's localStorage, or nothing where the browser refuses it. */
function pageStorage(): Remembering | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export const validateConfig = validatingOnce(decapValidateConfig, pageStorage(), import.meta.url);
