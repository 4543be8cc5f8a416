/**
 * Decap's own "now" is the editor's browser clock in the browser's zone. A new entry's date-time
 * field that should start at "now" (a notice's 发布时间) is instead given the current Beijing time
 * when the CMS loads, so an editor abroad or with a mis-set zone still publishes in Beijing time.
 */
import { shanghaiMinute } from '../src/lib/dates.ts';
import { CMS_COLLECTIONS } from './collections.ts';

interface ConfigShape {
  collections: { name: string; fields: Array<Record<string, unknown> & { name: string }> }[];
}

export function withBeijingNowDefaults<T extends ConfigShape>(config: T, now: Date): T {
  const collections = config.collections.map((collection) => {
    const field = CMS_COLLECTIONS.find((c) => c.name === collection.name)?.defaultsToNow;
    if (!field) return collection;
    return { ...collection, fields: collection.fields.map((f) => (f.name === field ? { ...f, default: shanghaiMinute(now) } : f)) };
  });
  return { ...config, collections };
}
