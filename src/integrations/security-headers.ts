/**
 * Writes `dist/_headers` after the build: security headers for every response, long caching for
 * hashed assets, and the Content-Security-Policy as a real header (a header can also carry
 * frame-ancestors, which a <meta> cannot). The policy is read back from the pages Astro built,
 * so it always matches their hashes: the site's sections share the union of the site pages'
 * policies, /admin/ gets the CMS page's own.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER_ONLY_DIRECTIVES } from '../lib/csp.ts';
import { APPLE_TOUCH_ICON } from '../lib/web-manifest.ts';
import { mergePolicies, parsePolicy, policyTextInHtml, renderHeadersFile, serializePolicy, type HeaderRule, type Policy } from '../lib/csp-policy.ts';

const ADMIN = 'admin';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));

/** A page's <head> (the policy <meta> is there), without decoding the rest of the file. */
function headOf(file: string): string {
  const bytes = readFileSync(file);
  const end = bytes.indexOf('</head>');
  return bytes.toString('utf8', 0, end < 0 ? bytes.length : end);
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'chuanhui-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Thousands of pages carry a handful of distinct policies: each distinct text is parsed once.
        const siteTexts = new Set<string>();
        const adminTexts = new Set<string>();
        const sections = new Set<string>();
        for (const file of htmlFiles(root)) {
          const path = relative(root, file).split(sep);
          if (path.length > 1) sections.add(path[0]!);
          const text = policyTextInHtml(headOf(file));
          if (text) (path[0] === ADMIN ? adminTexts : siteTexts).add(text);
        }
        if (!siteTexts.size) throw new Error('security headers: no built page carries a Content-Security-Policy <meta>');
        const site: Policy[] = [...siteTexts].map(parsePolicy);
        const admin: Policy[] = [...adminTexts].map(parsePolicy);
        const headerOnly = parsePolicy(HEADER_ONLY_DIRECTIVES.join(';'));
        const sitePolicy = serializePolicy(mergePolicies([...site, headerOnly]));
        // The CMS must not be framed at all; its own frame-ancestors comes first and wins.
        const adminPolicy = serializePolicy(mergePolicies([parsePolicy("frame-ancestors 'none'"), ...admin, parsePolicy('upgrade-insecure-requests')]));

        // One rule per top-level file or folder holding pages: the `_headers` format has no
        // "everything but /admin/", and the two policies must not both apply to the CMS.
        const sitePaths = [
          '/',
          ...readdirSync(root)
            .filter((name) => name.endsWith('.html'))
            .map((name) => `/${name}`),
          ...[...sections]
            .filter((name) => name !== ADMIN)
            .sort()
            .map((name) => `/${name}/*`),
        ];
        const rules: HeaderRule[] = [
          {
            path: '/*',
            headers: {
              'X-Content-Type-Options': 'nosniff',
              'Referrer-Policy': 'strict-origin-when-cross-origin',
              'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
            },
          },
          { path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
          // Hosts may not know the .webmanifest type. Icons keep their names across builds, so
          // they are cached for a week, not for ever.
          { path: '/manifest.webmanifest', headers: { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } },
          { path: '/icons/*', headers: { 'Cache-Control': 'public, max-age=604800' } },
          { path: APPLE_TOUCH_ICON.path, headers: { 'Cache-Control': 'public, max-age=604800' } },
          // Share cards are named by the hash of what they show (src/lib/share-card.ts): a changed card is a new file.
          { path: '/cards/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
          ...sitePaths.map((path) => ({ path, headers: { 'Content-Security-Policy': sitePolicy } })),
          ...(admin.length ? [{ path: `/${ADMIN}/*`, headers: { 'Content-Security-Policy': adminPolicy, 'X-Robots-Tag': 'noindex' } }] : []),
        ];
        writeFileSync(join(root, '_headers'), renderHeadersFile(rules));
        logger.info(`wrote _headers (${rules.length} rules)`);
      },
    },
  };
}
