/**
 * Every entry has a 网址短名 (`key`) from which the CMS names its file. In collections whose
 * file name is the key alone, a second entry with a key already in use gets a file name the
 * editor never chose (Decap appends "-1"), and two entries then claim the same short name.
 * The build refuses that, naming both files. Dated collections (notices, performances) put the
 * date in front of the key, so the same key on different days is fine there.
 */
import { DATED_COLLECTIONS } from './slugs.ts';

export interface KeyedEntry {
  collection: string;
  id: string;
  filePath?: string | undefined;
  data: unknown;
}

const keyOf = (entry: KeyedEntry) => (entry.data as { key?: unknown }).key;
const fileOf = (entry: KeyedEntry) => entry.filePath ?? `content/${entry.collection}/${entry.id}.md`;

export function findDuplicateKeys(entries: readonly KeyedEntry[]): string[] {
  const seen = new Map<string, KeyedEntry>();
  const problems: string[] = [];
  for (const entry of entries) {
    const key = keyOf(entry);
    if (typeof key !== 'string' || DATED_COLLECTIONS.has(entry.collection)) continue;
    const slot = `${entry.collection}/${key}`;
    const first = seen.get(slot);
    if (first) {
      problems.push(`${fileOf(entry)}\n  **key**: 网址短名 “${key}” 已被 ${fileOf(first)} 使用,同一栏目里每个网址短名只能用一次(the key is already used by another entry)`);
    } else {
      seen.set(slot, entry);
    }
  }
  return problems;
}
