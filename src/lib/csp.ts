/**
 * The site's Content-Security-Policy, in one place.
 *
 * Astro (`security.csp`) writes a <meta http-equiv="content-security-policy"> into every page
 * with the hashes of the scripts and styles it bundled; `SITE_DIRECTIVES` are added to it. The
 * build also writes the same policy into `_headers` (src/integrations/security-headers.ts) for
 * hosts that read that file. No policy allows inline scripts: the one script that must run
 * before the first paint (elder mode) is allowed by its hash.
 */
import { createHash } from 'node:crypto';
import { IFRAME_HOSTS } from './markdown.ts';

/** Directives beyond script-src/style-src (which Astro computes per page). */
export const SITE_DIRECTIVES = [
  "default-src 'self'",
  // Images in content must be uploaded (public/uploads): no third party learns who reads what.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-src ${IFRAME_HOSTS.map((host) => `https://${host}`).join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Sources for script-src. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search
 * engine; it does not allow JavaScript eval or inline scripts.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Directives only a response header can carry (a <meta> policy ignores them, and Chromium logs
 * an error for each), so they go into `_headers` only.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'", 'upgrade-insecure-requests'] as const;

/**
 * What the CMS page needs on top of the site's policy: Decap's editor styles itself with
 * inline <style> elements, talks to the Git host's API (or decap-server on loopback), and
 * previews uploads as blob: images; when an entry is saved it reads each new upload back from
 * its blob: URL with fetch() to send it to the backend (without blob: in connect-src no entry
 * with a new file or image could be saved). Decap checks its configuration with ajv, which compiles
 * validators with `new Function`, so this page alone allows 'unsafe-eval' (still no inline
 * scripts). Its frame-ancestors 'none' can only be a header: see _headers.
 */
export function adminDirectives(env: { PUBLIC_CMS_BASE_URL?: string | undefined; PUBLIC_CMS_API_ROOT?: string | undefined }) {
  const origins = [env.PUBLIC_CMS_BASE_URL, env.PUBLIC_CMS_API_ROOT].filter((value): value is string => !!value).map((value) => new URL(value).origin);
  const directives: `${'connect-src' | 'img-src'} ${string}`[] = [
    // decap-server listens on loopback only (8081 with `npm start`; tests pick a free port).
    `connect-src ${["'self'", 'blob:', 'http://127.0.0.1:*', 'https://api.github.com', ...origins].join(' ')}`,
    "img-src 'self' data: blob:",
  ];
  return {
    directives,
    scriptSources: ["'unsafe-eval'"],
    styleSources: ["'self'", "'unsafe-inline'"],
  };
}

/** The elder-mode setting must apply before the first paint, so this runs inline in <head>. */
export const ELDER_BOOT_SCRIPT = "try{var e=localStorage.getItem('chuanhui-elder');e&&(document.documentElement.dataset.elder=e)}catch(_){}";

export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

export const ELDER_BOOT_HASH = cspHash(ELDER_BOOT_SCRIPT);
