import type { APIContext } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { campaignUrl } from '../../../lib/link-kit.ts';
import { qrPng } from '../../../lib/qr.ts';

export async function getStaticPaths() {
  return (await loadSite()).campaigns.map((c) => ({ params: { id: c.id } }));
}

export async function GET({ params, site }: APIContext) {
  return new Response(new Uint8Array(await qrPng(campaignUrl(site!, params['id']!).href)), { headers: { 'content-type': 'image/png' } });
}
