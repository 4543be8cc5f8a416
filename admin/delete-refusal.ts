/**
 * The message refusing to delete an entry that others refer to (admin/delete-guard.ts), naming
 * them by the labels an editor sees. Loaded by the guard when it is first needed: it reads the
 * collections' schemas (src/registry.ts), which the CMS need not build to start.
 */
import { CMS_COLLECTIONS } from './collections.ts';
import { labelPath } from '../src/lib/schema-walk.ts';
import type { Referrer } from '../src/lib/references.ts';

export type ReferenceMap = Record<string, Referrer[]>;

/** Where a referring entry names this one, by the labels an editor sees: "赛程与结果 › 第 1 项 › 比赛场地". */
function placeOf(referrer: Referrer): string {
  const schema = CMS_COLLECTIONS.find((c) => c.name === referrer.collection)?.schema;
  const places = referrer.paths.map((path) => (schema ? labelPath(schema, path) : path.join('.')));
  const shown = places.slice(0, 3).join(';');
  return places.length > 3 ? `${shown} 等 ${places.length} 处` : shown;
}

/**
 * The message refusing to delete `collection/id`, naming every entry that refers to it, or
 * nothing when nothing does.
 */
export function deleteRefusal(collection: string, id: string, references: ReferenceMap): string | undefined {
  const referrers = references[`${collection}/${id}`];
  if (!referrers?.length) return undefined;
  const kind = CMS_COLLECTIONS.find((c) => c.name === collection)?.labelSingular ?? collection;
  const lines = referrers.map((r) => {
    const label = CMS_COLLECTIONS.find((c) => c.name === r.collection)?.label ?? r.collection;
    return `· ${label}“${r.name ?? r.id}”(content/${r.collection}/${r.id}.md):${placeOf(r)}`;
  });
  return [
    `不能删除:以下 ${referrers.length} 条内容还在使用这个${kind},删除后它们会指向不存在的${kind},网站将无法更新。`,
    ...lines,
    `请先打开这些内容,改用别的${kind}或删去相应的项目,再删除这个${kind}。`,
  ].join('\n');
}
