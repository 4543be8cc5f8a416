/**
 * The name of every entry of one collection by id (/admin/names/venues.json:
 * { "jiangbin-plaza": "江滨社区文化广场" }), for the CMS previews to show names where an entry
 * stores ids (admin/names.ts), as the pages do. One file per collection, so that a preview loads
 * the few small collections it names (communities, venues…), never the titles of thousands of
 * notices. Rendered on each request under `npm start`; as of the last build on a deployed site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../../../registry.ts';

export const getStaticPaths = (() => COLLECTION_NAMES.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const entries = await getCollection(params['collection'] as CollectionName);
  const names = Object.fromEntries(
    entries.map((entry) => {
      const data = entry.data as { name?: string; title?: string };
      return [entry.id, data.name ?? data.title ?? entry.id];
    }),
  );
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } });
};
