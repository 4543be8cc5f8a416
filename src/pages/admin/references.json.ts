/**
 * Which entries refer to which, for the CMS to refuse deleting an entry that others still refer
 * to (admin/delete-guard.ts): { "venues/yishan-court": [{ collection: "leagues", id: …, paths }] }.
 * Like entry-ids.json, rendered on each request under `npm start` and as of the last build on a
 * deployed site; the build itself refuses a reference to a missing entry either way.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES } from '../../registry.ts';
import { referrersOf } from '../../lib/references.ts';

export const GET: APIRoute = async () => {
  const names = COLLECTION_NAMES;
  const entries = (await Promise.all(names.map((name) => getCollection(name)))).flat();
  return new Response(JSON.stringify(referrersOf(entries)), { headers: { 'Content-Type': 'application/json' } });
};
