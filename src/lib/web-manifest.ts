/**
 * The web app manifest and the PNG icons it names. The icons are drawn from public/favicon.svg
 * at build time (src/lib/app-icons.ts), so there is one picture to change.
 */
import { t } from '../i18n/index.ts';

/** The same colour as BaseLayout's <meta name="theme-color"> (tests/discovery.test.ts compares them). */
export const THEME_COLOR = '#9e1b1b';
const BACKGROUND_COLOR = '#ffffff';

export interface AppIcon {
  /** file name under /icons/, without .png */
  name: string;
  size: number;
}

export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192 },
  { name: 'icon-512', size: 512 },
];

/** iOS looks for /apple-touch-icon.png even when no page links it. */
export const APPLE_TOUCH_ICON = { path: '/apple-touch-icon.png', size: 180 } as const;

export const iconPath = (icon: AppIcon) => `/icons/${icon.name}.png`;

export function webManifest() {
  return {
    name: t('zh-CN', 'site.name'),
    short_name: t('zh-CN', 'site.name'),
    description: t('zh-CN', 'site.description'),
    lang: 'zh-CN',
    dir: 'ltr',
    id: '/',
    start_url: '/',
    scope: '/',
    // Keeps the browser's back and reload buttons: no page of the site has its own.
    display: 'minimal-ui',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: APP_ICONS.map((icon) => ({ src: iconPath(icon), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: 'any' })),
  };
}
