/**
 * Deleting an entry that others refer to (a venue that six fixtures are played at) would leave
 * them pointing at nothing, and the next build fails. Decap has no event that runs before its
 * delete confirmation; it asks with window.confirm ("你确定要删除这个已经发布的内容吗?",
 * decap-cms-core Editor.js handleDeleteEntry) and then, in backend.deleteEntry, fires
 * `preUnpublish` before it deletes the file (decaporg/decap-cms#3196 added that event; #4088
 * confirms it runs on deletion). So the CMS refuses twice: the confirmation is replaced by a
 * message naming the entries that refer to this one, and a `preUnpublish` handler throws the same
 * message should a delete get past it. The build names the referring entries too
 * (src/lib/references.ts, "没有编号为 … 的场地").
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

/** The collection and entry id of the editor open at a Decap route ("#/collections/venues/entries/yishan-court"). */
export function entryAt(hash: string): { collection: string; id: string } | undefined {
  const match = /^#\/collections\/([^/]+)\/entries\/(.+)$/.exec(hash);
  return match ? { collection: match[1]!, id: decodeURIComponent(match[2]!) } : undefined;
}

let references: ReferenceMap = {};

/**
 * Loads what refers to the entries of the collection whose entry is open (an entry is deleted
 * from its editor); nothing on other screens. `no-cache` asks the server each time, so a deployed
 * site answers "unchanged" without sending the file again.
 */
async function refresh(): Promise<void> {
  const here = entryAt(location.hash);
  if (!here) return;
  try {
    const response = await fetch(`/admin/references/${encodeURIComponent(here.collection)}.json`, { cache: 'no-cache' });
    if (response.ok) references = (await response.json()) as ReferenceMap;
  } catch {
    /* offline: the build still refuses the dangling references */
  }
}

/** Installs the guard: a refusal in place of Decap's delete confirmation, and the preUnpublish backstop. */
export function installDeleteGuard(
  register: (listener: { name: string; handler: (args: { entry: { get: (key: string) => unknown } }) => unknown }) => void,
): void {
  void refresh();
  window.addEventListener('hashchange', () => void refresh());
  const confirm = window.confirm.bind(window);
  const deleteQuestions = ['你确定要删除', 'Are you sure you want to delete'];
  window.confirm = (message?: string) => {
    const here = entryAt(location.hash);
    const refusal =
      here && typeof message === 'string' && deleteQuestions.some((q) => message.includes(q)) ? deleteRefusal(here.collection, here.id, references) : undefined;
    if (!refusal) return confirm(message);
    window.alert(refusal);
    return false;
  };
  register({
    name: 'preUnpublish',
    handler: ({ entry }) => {
      const refusal = deleteRefusal(String(entry.get('collection')), String(entry.get('slug')), references);
      if (refusal) throw new Error(refusal);
    },
  });
}
