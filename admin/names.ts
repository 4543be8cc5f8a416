/**
 * Names of the entries an entry refers to by id (a notice's 适用社区, a performance's 演出地点), for
 * the previews: the site shows 柳开社区 where the file says liukai, and so must the preview.
 * Loaded once per collection from /admin/names/<collection>.json (src/pages/admin/names/), and
 * only for the collections a preview names: never the titles of thousands of notices.
 */
import { useEffect, useState } from 'react';
import type { CollectionName } from '../src/registry.ts';

type NameMap = Record<string, string>;

const loading = new Map<string, Promise<NameMap>>();
const loaded = new Map<string, NameMap>();

/** The names of one collection's entries by id, loaded once (empty when they cannot be loaded). */
export function loadNames(collection: CollectionName): Promise<NameMap> {
  let names = loading.get(collection);
  if (!names) {
    names = fetch(`/admin/names/${collection}.json`, { cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<NameMap>) : {}))
      .catch(() => ({}))
      .then((value) => {
        loaded.set(collection, value);
        return value;
      });
    loading.set(collection, names);
  }
  return names;
}

/** A lookup of the names of `collections`' entries: an id stands for itself until they are loaded. */
export function useNames<C extends CollectionName>(...collections: C[]): (collection: C, id: string) => string {
  const [, setLoadedCount] = useState(() => collections.filter((c) => loaded.has(c)).length);
  const key = collections.join(' ');
  useEffect(() => {
    let live = true;
    void Promise.all(collections.map(loadNames)).then(() => live && setLoadedCount(collections.length));
    return () => {
      live = false;
    };
    // `key` stands for the collections, which a caller writes out literally (a new array each render).
  }, [key]);
  return (collection, id) => loaded.get(collection)?.[id] ?? id;
}
