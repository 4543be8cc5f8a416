/** robots.txt for the configured `site`: everything but the CMS, and where the sitemap is. */
import type { APIContext } from 'astro';
import { SITEMAP_INDEX } from '../lib/sitemap.ts';

export function GET({ site }: APIContext) {
  const body = ['User-agent: *', 'Disallow: /admin/', '', `Sitemap: ${new URL(SITEMAP_INDEX, site).href}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
