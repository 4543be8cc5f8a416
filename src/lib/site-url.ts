/**
 * The site's public address. Canonical links, hreflang, the sitemap, robots.txt, RSS, QR codes
 * and share cards are all absolute URLs built from it, so a production build must set SITE_URL.
 */
export const PLACEHOLDER_SITE_URL = 'https://chuanhui.example.cn';

export function siteUrl(env: { SITE_URL?: string | undefined }): string {
  return env.SITE_URL || PLACEHOLDER_SITE_URL;
}

/**
 * What `npm run build` prints on stderr when the site would be built for the placeholder
 * address (nothing when SITE_URL names a real one). Builds go on: the tests build this way.
 */
export function placeholderSiteWarning(env: { SITE_URL?: string | undefined }): string | undefined {
  const url = siteUrl(env);
  // An address that is not a URL at all is Astro's to refuse (its config check names it).
  if (!URL.canParse(url) || new URL(url).hostname !== new URL(PLACEHOLDER_SITE_URL).hostname) return undefined;
  const rule = '!'.repeat(78);
  return [
    rule,
    `!! 警告:没有设置 SITE_URL(或仍是占位地址),网站按 ${PLACEHOLDER_SITE_URL} 构建。`,
    '!! 规范链接(canonical)、语言版本链接(hreflang)、站点地图(sitemap)、robots.txt、',
    '!! RSS、二维码和分享卡片里的网址都会指向这个不存在的地址。不要部署这次构建;',
    '!! 请用 SITE_URL=https://你的域名 npm run build 重新构建。',
    `!! WARNING: SITE_URL is not set (or is the placeholder): the site was built for ${PLACEHOLDER_SITE_URL}.`,
    '!! Canonical and hreflang links, the sitemap, robots.txt, RSS, QR codes and share-card',
    '!! URLs all point at that address. Do not deploy this build; rebuild with',
    '!! SITE_URL=https://your.domain npm run build.',
    rule,
  ].join('\n');
}
