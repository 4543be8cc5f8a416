import { webManifest } from '../lib/web-manifest.ts';

export function GET() {
  return new Response(JSON.stringify(webManifest(), null, 2), { headers: { 'content-type': 'application/manifest+json' } });
}
