/**
 * Astro's reference() checks the shape of a reference; Astro 7 then only *logs* a reference to
 * a missing entry and builds on, so a notice naming a community that was never created would be
 * published linking nowhere. This walks every entry once and reports each such reference with
 * its file and field, and the build fails with the list (scripts/content-check.ts first, with
 * src/data/site.ts as a backstop).
 */
import { keyPath, type ContentProblem } from './content-problems.ts';
export interface LoadedEntry {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data: unknown;
}

export interface DanglingReference {
  file: string;
  /** as written in the file: "communities[1]" */
  field: string;
  path: (string | number)[];
  collection: string;
  id: string;
}

function isReference(value: unknown): value is { id: string; collection: string } {
  if (typeof value !== 'object' || value === null || value instanceof Date || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { collection?: unknown }).collection === 'string';
}

function* walk(value: unknown, path: (string | number)[]): Generator<{ path: (string | number)[]; ref: { id: string; collection: string } }> {
  if (isReference(value)) {
    yield { path, ref: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, [...path, index]);
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
          field: keyPath(path),
          path,
          collection: ref.collection,
          id: ref.id,
        });
      }
    }
  }
  return dangling;
}

export interface ReferenceContext {
  /** the ids that exist in a collection */
  available: (collection: string) => string[];
  /** a collection's name as the CMS shows it: venues → 场地 */
  collectionLabel: (collection: string) => string;
  /** a field path by its CMS labels, and its line in the file, where known */
  fieldLabel?: (file: string, path: readonly (string | number)[]) => string | undefined;
  lineOf?: (file: string, path: readonly (string | number)[]) => number | undefined;
}

export function danglingReferenceProblems(dangling: readonly DanglingReference[], context: ReferenceContext): ContentProblem[] {
  return dangling.map((item) => {
    const options = context.available(item.collection);
    const name = context.collectionLabel(item.collection);
    return {
      file: item.file,
      line: context.lineOf?.(item.file, item.path),
      field: context.fieldLabel?.(item.file, item.path) ?? item.field,
      key: item.field,
      message: `没有编号为 “${item.id}” 的${name}(no ${item.collection} entry “${item.id}”)`,
      hint: options.length
        ? `改成现有的${name}之一:${options.slice(0, 12).join(' / ')}${options.length > 12 ? ' …' : ''};或先在内容管理中添加这个${name}`
        : `“${name}”栏目还没有任何条目,请先添加`,
    };
  });
}

export interface Referrer {
  collection: string;
  id: string;
  /** the referring entry's own name (its title or name), where it has one */
  name?: string | undefined;
  /** where in the referring entry, as written in the file: ["fixtures", 0, "venue"] */
  paths: (string | number)[][];
}

function nameOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { title, name } = data as { title?: unknown; name?: unknown };
  return typeof title === 'string' ? title : typeof name === 'string' ? name : undefined;
}

/**
 * Who refers to whom: for every entry that something refers to ("venues/yishan-court"), the
 * entries that do and where, one item per referring entry. The CMS warns with it before an
 * entry is deleted (admin/delete-guard.ts), since deleting it would leave these pointing at nothing.
 */
export function referrersOf(entries: readonly LoadedEntry[]): Record<string, Referrer[]> {
  const result: Record<string, Referrer[]> = {};
  for (const entry of entries) {
    const byTarget = new Map<string, Referrer>();
    for (const { path, ref } of walk(entry.data, [])) {
      const target = `${ref.collection}/${ref.id}`;
      if (target === `${entry.collection}/${entry.id}`) continue;
      let referrer = byTarget.get(target);
      if (!referrer) {
        referrer = { collection: entry.collection, id: entry.id, name: nameOf(entry.data), paths: [] };
        byTarget.set(target, referrer);
        (result[target] ??= []).push(referrer);
      }
      referrer.paths.push(path);
    }
  }
  return result;
}
