/**
 * The name of every entry by collection and id ({ venues: { "jiangbin-plaza": "江滨社区文化广场" } }),
 * for the CMS previews to show names where an entry stores ids (admin/names.ts), as the pages do.
 * Rendered on each request under `npm start`; as of the last build on a deployed site.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES } from '../../registry.ts';

export const GET: APIRoute = async () => {
  const names = COLLECTION_NAMES;
  const result = Object.fromEntries(
    await Promise.all(
      names.map(async (name) => {
        const entries = await getCollection(name);
        return [
          name,
          Object.fromEntries(
            entries.map((entry) => {
              const data = entry.data as { name?: string; title?: string };
              return [entry.id, data.name ?? data.title ?? entry.id];
            }),
          ),
        ] as const;
      }),
    ),
  );
  return new Response(JSON.stringify(result), { headers: { 'Content-Type': 'application/json' } });
};
