import { renderIcon } from '../lib/app-icons.ts';
import { APPLE_TOUCH_ICON } from '../lib/web-manifest.ts';

export async function GET() {
  return new Response(new Uint8Array(await renderIcon(APPLE_TOUCH_ICON.size, { opaque: true })), { headers: { 'content-type': 'image/png' } });
}
