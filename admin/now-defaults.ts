/**
 * Decap's own "now" is the editor's browser clock in the browser's zone. A new entry's date-time
 * field that should start at "now" (a notice's 发布时间) is instead given the current Beijing time
 * when the CMS loads, so an editor abroad or with a mis-set zone still publishes in Beijing time.
 */
import { shanghaiMinute } from '../src/lib/dates.ts';

/**
 * The configuration's mark on such a field (admin/config-builder.ts writes it from the registry's
 * `defaultsToNow`), so that the CMS need not load the registry, and with it the collections'
 * schemas, to start. Decap ignores field options it does not know.
 */
export const NOW_DEFAULT = 'default_beijing_now';

interface ConfigShape {
  collections: { name: string; fields: Array<Record<string, unknown> & { name: string }> }[];
}

export function withBeijingNowDefaults<T extends ConfigShape>(config: T, now: Date): T {
  const collections = config.collections.map((collection) => {
    if (!collection.fields.some((f) => f[NOW_DEFAULT] === true)) return collection;
    return { ...collection, fields: collection.fields.map((f) => (f[NOW_DEFAULT] === true ? { ...f, default: shanghaiMinute(now) } : f)) };
  });
  return { ...config, collections };
}
