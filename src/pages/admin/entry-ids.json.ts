/**
 * The ids (file names) of every entry, by collection, for the CMS to refuse a new entry whose
 * file name is taken (admin/cms.ts) instead of letting Decap save it as "…-1". Under `npm start`
 * this is rendered on each request, so it knows entries saved a moment ago; on a deployed site it
 * is as of the last build. The ids are the public addresses of the pages, nothing more.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES } from '../../registry.ts';

export const GET: APIRoute = async () => {
  const ids = Object.fromEntries(
    await Promise.all(COLLECTION_NAMES.map(async (name) => [name, (await getCollection(name)).map((entry) => entry.id).sort()] as const)),
  );
  return new Response(JSON.stringify(ids), { headers: { 'Content-Type': 'application/json' } });
};
