/**
 * The site's public address. Canonical links, hreflang, the sitemap, robots.txt, RSS, QR codes
 * and share cards are all absolute URLs built from it, so a production build must set SITE_URL.
 */
export const PLACEHOLDER_SITE_URL = 'https://chuanhui.example.cn';

export function siteUrl(env: { SITE_URL?: string | undefined }): string {
  return env.SITE_URL || PLACEHOLDER_SITE_URL;
}

/**
 * `npm run build -- --local-preview`: build without SITE_URL, for the placeholder address, to
 * look at the site on this machine (`npm run preview`). Never for deployment.
 */
export const LOCAL_PREVIEW_FLAG = '--local-preview';

/**
 * Why `npm run build` refuses to start (undefined when it may): a production build needs the
 * public address, because canonical links, RSS, the sitemap, QR codes and share cards are
 * written with it, and a site deployed with the placeholder sends every resident to a domain
 * that does not exist. Setting SITE_URL (even to the placeholder, as the tests do) or passing
 * the local-preview flag is an explicit choice; forgetting it is not.
 */
export function missingSiteUrlError(env: { SITE_URL?: string | undefined }, args: readonly string[]): string | undefined {
  if (env.SITE_URL?.trim() || args.includes(LOCAL_PREVIEW_FLAG)) return undefined;
  return [
    '错误:没有设置 SITE_URL(网站的公开地址),正式构建不能进行。',
    '规范链接(canonical)、RSS、站点地图(sitemap)、二维码和分享卡片里的网址都由它生成。',
    '请这样构建:SITE_URL=https://你的域名 npm run build',
    `只在本机预览(不部署)时:npm run build -- ${LOCAL_PREVIEW_FLAG}(按占位地址 ${PLACEHOLDER_SITE_URL} 构建)`,
    'ERROR: SITE_URL (the public address of the site) is not set, so the production build stops.',
    'Canonical links, RSS, the sitemap, QR codes and share cards are all written with it.',
    'Build with: SITE_URL=https://your.domain npm run build',
    `To preview on this machine only (never deploy it): npm run build -- ${LOCAL_PREVIEW_FLAG} (uses ${PLACEHOLDER_SITE_URL})`,
  ].join('\n');
}

/**
 * What `npm run build` prints on stderr when the site was built for the placeholder address
 * (set explicitly, as the tests do, or with the local-preview flag); nothing for a real one.
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
