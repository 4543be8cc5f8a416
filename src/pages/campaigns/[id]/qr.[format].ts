import type { APIContext } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { campaignUrl } from '../../../lib/link-kit.ts';
import { qrPng, qrSvg } from '../../../lib/qr.ts';

/** The QR code of a campaign's permanent link, as SVG (for print) and PNG (for everything else). */
const FORMATS = {
  svg: { type: 'image/svg+xml', draw: (text: string) => qrSvg(text) },
  png: { type: 'image/png', draw: async (text: string) => new Uint8Array(await qrPng(text)) },
} as const;

/** Also under a renamed campaign's former names, since image files cannot redirect. */
export async function getStaticPaths() {
  const campaigns = (await loadSite()).campaigns;
  return campaigns.flatMap((c) =>
    [c.id, ...c.data.movedFrom].flatMap((id) => Object.keys(FORMATS).map((format) => ({ params: { id, format }, props: { current: c.id } }))),
  );
}

export async function GET({ params, props, site }: APIContext) {
  const { type, draw } = FORMATS[params['format'] as keyof typeof FORMATS];
  return new Response(await draw(campaignUrl(site!, (props as { current: string }).current).href), { headers: { 'content-type': type } });
}
