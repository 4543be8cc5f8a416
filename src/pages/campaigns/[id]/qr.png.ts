import type { APIContext } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { campaignUrl } from '../../../lib/link-kit.ts';
import { qrPng } from '../../../lib/qr.ts';

/** Also under a renamed campaign's former names, since image files cannot redirect. */
export async function getStaticPaths() {
  return (await loadSite()).campaigns.flatMap((c) => [c.id, ...c.data.movedFrom].map((id) => ({ params: { id }, props: { current: c.id } })));
}

export async function GET({ props, site }: APIContext) {
  return new Response(new Uint8Array(await qrPng(campaignUrl(site!, (props as { current: string }).current).href)), {
    headers: { 'content-type': 'image/png' },
  });
}
