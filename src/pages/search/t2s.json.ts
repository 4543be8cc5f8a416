/** The Traditional → Simplified table for search queries (src/lib/simplified.ts). */
import type { APIRoute } from 'astro';
import { t2sTable } from '../../lib/t2s-table.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(t2sTable()), { headers: { 'Content-Type': 'application/json' } });
