/**
 * Names of the entries an entry refers to by id (a notice's 适用社区, a performance's 演出地点), for
 * the previews: the site shows 柳开社区 where the file says liukai, and so must the preview.
 * Loaded once from /admin/names.json (src/pages/admin/names.json.ts).
 */
import { useEffect, useState } from 'react';

export type Names = Record<string, Record<string, string>>;

let loading: Promise<Names> | undefined;
let loaded: Names = {};

/** The names, loaded once (an empty record when they cannot be loaded). */
export function loadNames(): Promise<Names> {
  loading ??= fetch('/admin/names.json', { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<Names>) : {}))
    .catch(() => ({}))
    .then((names) => (loaded = names));
  return loading;
}

/** The names, once loaded (an id stands for itself until then). */
export function useNames(): Names {
  const [names, setNames] = useState<Names>(loaded);
  useEffect(() => {
    let live = true;
    void loadNames().then((value) => live && setNames(value));
    return () => {
      live = false;
    };
  }, []);
  return names;
}

/** The name of `collection/id`, or the id while it is unknown. */
export function nameOf(names: Names, collection: string, id: string): string {
  return names[collection]?.[id] ?? id;
}
