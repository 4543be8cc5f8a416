/**
 * Every entry has a 网址短名 (`key`) from which the CMS names its file: `{key}.md`, or in the
 * dated collections (notices, performances) `{date}-{key}.md`, the date being the entry's
 * publication or performance day (admin/config-builder.ts, src/registry.ts). When an editor
 * creates an entry whose file name is already taken, Decap does not refuse: it appends "-1"
 * (`2026-11-20-cold-wave-safety-1.md`), and two pages then claim one short name — usually the
 * same notice entered twice.
 *
 * So a key must be unique within what names the file: the collection, and in a dated
 * collection the day in front of the key. The same key on another day is a different address
 * and is allowed on purpose: a notice or a performance that comes back every year (the winter
 * heating schedule, the 川汇之声 final) keeps its natural short name, with the date telling the
 * two apart, and nothing in the site addresses an entry by its key alone (ids, links,
 * references, calendar UIDs all use the file name). Requiring keys unique across all days
 * would force editors to invent "heating-schedule-2027" for an address that already says 2027.
 * The day compared is the one in the file name, which Decap wrote and which never changes, so
 * a duplicate is still caught after the date field of one of the two was edited.
 */
import { dateFieldOf } from '../registry.ts';
import type { ContentProblem } from './content-problems.ts';

export interface KeyedEntry {
  collection: string;
  id: string;
  filePath?: string | undefined;
  data: unknown;
}

const keyOf = (entry: KeyedEntry) => (entry.data as { key?: unknown }).key;
const fileOf = (entry: KeyedEntry) => entry.filePath ?? `content/${entry.collection}/${entry.id}.md`;
/** The day a dated entry's file name starts with ("2026-11-20"), or undefined. */
const dayOf = (entry: KeyedEntry) => (dateFieldOf(entry.collection) ? /^\d{4}-\d{2}-\d{2}(?=-)/.exec(entry.id)?.[0] : undefined);

/** `lineOf` gives the line of the key in a file, where known. */
export function findDuplicateKeys(entries: readonly KeyedEntry[], lineOf?: (file: string) => number | undefined): ContentProblem[] {
  const seen = new Map<string, KeyedEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const key = keyOf(entry);
    if (typeof key !== 'string') continue;
    const day = dayOf(entry);
    const slot = `${entry.collection}/${day ? `${day}-` : ''}${key}`;
    const first = seen.get(slot);
    if (first) {
      const file = fileOf(entry);
      problems.push({
        file,
        line: lineOf?.(file),
        field: '网址短名',
        key: 'key',
        ...(day
          ? {
              message: `网址短名 “${key}” 在 ${day} 已被 ${fileOf(first)} 使用,同一栏目同一天的网址短名只能用一次(the key is already used by another entry of the same day)`,
              hint: '如果是同一条内容,请删除多出的文件;否则换一个网址短名',
            }
          : {
              message: `网址短名 “${key}” 已被 ${fileOf(first)} 使用,同一栏目里每个网址短名只能用一次(the key is already used by another entry)`,
              hint: '换一个网址短名;如果是同一条内容,请删除多出的文件',
            }),
      });
    } else {
      seen.set(slot, entry);
    }
  }
  return problems;
}
