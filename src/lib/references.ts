/**
 * Astro's reference() checks the shape of a reference; Astro 7 then only *logs* a reference to
 * a missing entry and builds on, so a notice naming a community that was never created would be
 * published linking nowhere. This walks every entry once and reports each such reference with
 * its file and field, and src/data/site.ts fails the build with the list.
 */
export interface LoadedEntry {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data: unknown;
}

export interface DanglingReference {
  file: string;
  field: string;
  collection: string;
  id: string;
}

function isReference(value: unknown): value is { id: string; collection: string } {
  if (typeof value !== 'object' || value === null || value instanceof Date || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { collection?: unknown }).collection === 'string';
}

function* walk(value: unknown, path: string[]): Generator<{ path: string[]; ref: { id: string; collection: string } }> {
  if (isReference(value)) {
    yield { path, ref: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, [...path, String(index)]);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* walk(item, [...path, key]);
  }
}

export function findDanglingReferences(entries: readonly LoadedEntry[]): DanglingReference[] {
  const known = new Set(entries.map((entry) => `${entry.collection}/${entry.id}`));
  const dangling: DanglingReference[] = [];
  for (const entry of entries) {
    for (const { path, ref } of walk(entry.data, [])) {
      if (!known.has(`${ref.collection}/${ref.id}`)) {
        dangling.push({
          file: entry.filePath ?? `content/${entry.collection}/${entry.id}.md`,
          field: path.join('.'),
          collection: ref.collection,
          id: ref.id,
        });
      }
    }
  }
  return dangling;
}

export function formatDanglingReferences(dangling: readonly DanglingReference[], available: (collection: string) => string[]): string {
  return dangling
    .map((item) => {
      const options = available(item.collection);
      const hint = options.length ? `现有:${options.slice(0, 12).join(' / ')}${options.length > 12 ? ' …' : ''}` : '该栏目还没有任何条目';
      return `${item.file}\n  **${item.field}**: 引用的 ${item.collection} “${item.id}” 不存在(no ${item.collection} entry with this id)。${hint}`;
    })
    .join('\n');
}
