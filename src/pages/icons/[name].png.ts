import type { APIContext } from 'astro';
import { renderIcon } from '../../lib/app-icons.ts';
import { APP_ICONS, type AppIcon } from '../../lib/web-manifest.ts';

export function getStaticPaths() {
  return APP_ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }));
}

export async function GET({ props }: APIContext) {
  const { icon } = props as { icon: AppIcon };
  return new Response(new Uint8Array(await renderIcon(icon.size)), { headers: { 'content-type': 'image/png' } });
}
