import type { APIContext } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { campaignUrl } from '../../../lib/link-kit.ts';
import { qrSvg } from '../../../lib/qr.ts';

export async function getStaticPaths() {
  return (await loadSite()).campaigns.map((c) => ({ params: { id: c.id } }));
}

export async function GET({ params, site }: APIContext) {
  return new Response(await qrSvg(campaignUrl(site!, params['id']!).href), { headers: { 'content-type': 'image/svg+xml' } });
}
