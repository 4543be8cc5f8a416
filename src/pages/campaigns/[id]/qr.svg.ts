import type { APIContext } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { campaignUrl } from '../../../lib/link-kit.ts';
import { qrSvg } from '../../../lib/qr.ts';

/** Also under a renamed campaign's former names, since image files cannot redirect. */
export async function getStaticPaths() {
  return (await loadSite()).campaigns.flatMap((c) => [c.id, ...c.data.movedFrom].map((id) => ({ params: { id }, props: { current: c.id } })));
}

export async function GET({ props, site }: APIContext) {
  return new Response(await qrSvg(campaignUrl(site!, (props as { current: string }).current).href), { headers: { 'content-type': 'image/svg+xml' } });
}
