/**
 * Links printed on posters and shared by schools must keep working. Pages are addressed by file
 * name; an entry whose file was renamed lists its former names in `movedFrom`, and the build
 * turns each former address into a redirect. `urls.txt` records every address ever published;
 * a test fails when one of them no longer resolves.
 */
import { COLLECTION_NAMES, REGISTRY, collectionDefinition, type CollectionDefinition } from '../registry.ts';

/** Where each collection's entries have a page of their own, by collection (library entries have none). */
export const PAGE_PATHS: Readonly<Record<string, (id: string) => string>> = Object.fromEntries(
  COLLECTION_NAMES.flatMap((name) => {
    const url: CollectionDefinition['url'] = REGISTRY[name].url;
    return 'page' in url ? [[name, (id: string) => url.page.replace('{id}', id)]] : [];
  }),
);

/** Where an entry is shown: its own page, or, for a library entry, its card on the library list. */
export function entryUrl(collection: string, id: string): string {
  const { url } = collectionDefinition(collection);
  return ('page' in url ? url.page : url.anchor).replace('{id}', id);
}

/** Pages below an entry's page that are linked on their own (a campaign's printable poster). */
const subpagesOf = (collection: string): readonly string[] => {
  const { url } = collectionDefinition(collection);
  return ('page' in url && url.subpages) || [];
};

export interface MovedEntry {
  collection: string;
  id: string;
  movedFrom: readonly string[];
}

/** Old address → new address, in both languages. Throws when a former name is in use again. */
export function redirectsFor(entries: readonly MovedEntry[]): Record<string, string> {
  const redirects: Record<string, string> = {};
  const live = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  for (const entry of entries) {
    const path = PAGE_PATHS[entry.collection];
    if (!path) continue;
    for (const old of entry.movedFrom) {
      if (live.has(`${entry.collection}/${old}`)) {
        throw new Error(
          `content/${entry.collection}/${entry.id}.md: movedFrom 中的 “${old}” 仍是另一个条目的文件名,旧网址不能跳转(a former name is in use again)`,
        );
      }
      for (const sub of ['', ...subpagesOf(entry.collection)]) {
        redirects[path(old) + sub] = path(entry.id) + sub;
        redirects[`/en${path(old)}${sub}`] = `/en${path(entry.id)}${sub}`;
      }
    }
  }
  return redirects;
}

/** The recorded addresses that the built site no longer has, as a page or as a redirect. */
export function missingUrls(manifest: readonly string[], built: ReadonlySet<string>): string[] {
  return manifest.filter((url) => !built.has(url));
}

/** The manifest's lines: one path per line, blank lines and # comments ignored. */
export function readManifest(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}
