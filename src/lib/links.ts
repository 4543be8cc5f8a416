/**
 * Links that editors write into link fields (a library's website, a course's materials): an
 * absolute http(s) address, or a path on this site starting with "/". Checked with the URL
 * parser, the way a browser will read the link, not with a pattern: a pattern passed
 * `/\evil.example/x`, which browsers open as http://evil.example/x.
 *
 * Runs in the build and in the CMS (admin/validate.ts), so it uses only the web's URL API.
 */

/** A base that no written link can name: a site path must stay on it after parsing. */
const SITE_BASE = 'https://site.invalid';

export type LinkCheck = { ok: true; href: string; external: boolean } | { ok: false; reason: string };

const refuse = (reason: string): LinkCheck => ({ ok: false, reason });

/**
 * Characters allowed in a written host besides ASCII: Chinese characters (Chinese domain names
 * such as 政务.cn are real) and the ideographic full stop. Anything else non-ASCII — Cyrillic
 * "а", Greek "ο", accented Latin, full-width letters — makes a look-alike of a familiar
 * domain, so it is refused rather than shown to residents.
 */
const HOST_CHARACTERS = /^[A-Za-z0-9.\-\p{Script=Han}\u3002]+$/u;

/** Checks a written link and returns the address browsers will open (normalised), or why not. */
export function checkLink(written: string): LinkCheck {
  // Browsers drop tabs and newlines anywhere in a URL (java\tscript: is javascript:) and turn
  // "\" into "/" in http(s) URLs; a link with either does not say what it does.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u0020\u007f-\u009f]/.test(written)) return refuse('不能含空格、制表符或换行(no spaces, tabs or line breaks)');
  if (written.includes('\\')) return refuse('不能含反斜杠 \\(no backslashes)');
  if (written.startsWith('/')) return sitePath(written);
  if (!/^https?:\/\//i.test(written)) return refuse('只能以 https:// 或 http:// 开头,或是以 / 开头的本站路径(only http(s) addresses or site paths)');
  return externalUrl(written);
}

function sitePath(written: string): LinkCheck {
  if (written.startsWith('//')) return refuse('以 // 开头的是其他网站的地址,本站路径只能以一个 / 开头(a leading // leads to another site)');
  // %2F%2F and %5C decode to "//" and "\" in servers and redirects that unescape paths.
  if (/%(?:2f|5c)/i.test(written)) return refuse('不能含编码的斜杠 %2F 或 %5C(no encoded slashes)');
  if (!URL.canParse(written, SITE_BASE)) return refuse('不是有效的路径(not a valid path)');
  const url = new URL(written, SITE_BASE);
  if (url.origin !== SITE_BASE) return refuse('会打开其他网站(it leads to another site)');
  return { ok: true, href: `${url.pathname}${url.search}${url.hash}`, external: false };
}

function externalUrl(written: string): LinkCheck {
  if (!URL.canParse(written)) return refuse('不是有效的网址(not a valid address)');
  const url = new URL(written);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('只能是 http(s) 网址(only http(s) addresses)');
  // https://chuanhui.example.cn@evil.example/ opens evil.example.
  if (url.username || url.password) return refuse('网址里不能有 @ 前的用户名(no user name before @: the part after @ is the real site)');
  const host = /^https?:\/\/([^/?#]*)/i.exec(written)?.[1]?.replace(/:\d*$/, '') ?? '';
  if (/(^|\.)xn--/i.test(host)) return refuse('域名请写成可读的形式,不要写 xn-- 编码(write the domain as it reads, not its xn-- form)');
  if (!HOST_CHARACTERS.test(host)) return refuse('域名含有容易与英文字母混淆的字符(the domain has characters that imitate Latin letters)');
  if (!url.hostname.includes('.') || url.hostname.startsWith('[')) return refuse('域名不完整(incomplete domain)');
  return { ok: true, href: url.href, external: true };
}

/** What a checked link shows as its text: the host of an external address, the path of a site one. */
export function linkLabel(href: string): string {
  return href.startsWith('/') ? href : new URL(href).host;
}
