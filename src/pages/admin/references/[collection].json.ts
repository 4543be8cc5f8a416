/**
 * Which entries refer to the entries of one collection, for the CMS to refuse deleting an entry
 * that others still refer to (admin/delete-guard.ts): /admin/references/venues.json is
 * { "venues/yishan-court": [{ collection: "leagues", id: …, paths }] }. One file per collection,
 * loaded when an entry of it is opened: at 5,000 entries the whole map was 556 KB, fetched on
 * every move in the CMS. Like entry-ids.json, rendered on each request under `npm start` and as
 * of the last build on a deployed site; the build itself refuses a reference to a missing entry
 * either way.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES } from '../../../registry.ts';
import { referrersOf } from '../../../lib/references.ts';

export const getStaticPaths = (() => COLLECTION_NAMES.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

const allReferrers = async () => referrersOf((await Promise.all(COLLECTION_NAMES.map((name) => getCollection(name)))).flat());
// Computed once per build for all nine files; under `npm start` on each request, to follow edits.
let built: ReturnType<typeof allReferrers> | undefined;

export const GET: APIRoute = async ({ params }) => {
  const referrers = import.meta.env.DEV ? await allReferrers() : await (built ??= allReferrers());
  const prefix = `${params['collection']}/`;
  const referred = Object.entries(referrers).filter(([target]) => target.startsWith(prefix));
  return new Response(JSON.stringify(Object.fromEntries(referred)), { headers: { 'Content-Type': 'application/json' } });
};
