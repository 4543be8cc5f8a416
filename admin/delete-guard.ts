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
import type { ReferenceMap } from './delete-refusal.ts';

/** The collection and entry id of the editor open at a Decap route ("#/collections/venues/entries/yishan-court"). */
export function entryAt(hash: string): { collection: string; id: string } | undefined {
  const match = /^#\/collections\/([^/]+)\/entries\/(.+)$/.exec(hash);
  return match ? { collection: match[1]!, id: decodeURIComponent(match[2]!) } : undefined;
}

let references: ReferenceMap = {};
let refreshed: Promise<void> = Promise.resolve();
let deleteRefusal: typeof import('./delete-refusal.ts').deleteRefusal | undefined;

/** The refusal's module: it builds the collections' schemas (src/registry.ts), which starting the CMS and opening an entry do not need. */
async function loadRefusal(): Promise<NonNullable<typeof deleteRefusal>> {
  deleteRefusal ??= (await import('./delete-refusal.ts')).deleteRefusal;
  return deleteRefusal;
}

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
  // An entry that others refer to gets its refusal ready before its form is drawn.
  if (references[`${here.collection}/${here.id}`]?.length) await loadRefusal();
}

/** Installs the guard: a refusal in place of Decap's delete confirmation, and the preUnpublish backstop. */
export function installDeleteGuard(
  register: (listener: { name: string; handler: (args: { entry: { get: (key: string) => unknown } }) => unknown }) => void,
): void {
  refreshed = refresh();
  window.addEventListener('hashchange', () => void (refreshed = refresh()));
  // The refusal's module once the CMS has started and drawn what it opened with, if refresh()
  // has not loaded it (until then a delete gets Decap's question, which the preUnpublish check
  // below still refuses).
  setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => void loadRefusal()) : void loadRefusal()), 2000);
  const confirm = window.confirm.bind(window);
  const deleteQuestions = ['你确定要删除', 'Are you sure you want to delete'];
  window.confirm = (message?: string) => {
    const here = entryAt(location.hash);
    const refusal =
      here && deleteRefusal && typeof message === 'string' && deleteQuestions.some((q) => message.includes(q))
        ? deleteRefusal(here.collection, here.id, references)
        : undefined;
    if (!refusal) return confirm(message);
    window.alert(refusal);
    return false;
  };
  register({
    name: 'preUnpublish',
    handler: async ({ entry }) => {
      const [refusalOf] = await Promise.all([loadRefusal(), refreshed]);
      const refusal = refusalOf(String(entry.get('collection')), String(entry.get('slug')), references);
      if (refusal) throw new Error(refusal);
    },
  });
}
