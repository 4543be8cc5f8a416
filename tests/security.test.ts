/**
 * The Content-Security-Policy of the built site: every page carries one that allows no inline
 * script except those the build hashed, `_headers` repeats it for static hosts (the CMS with its
 * own), and the repository holds no secret.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cspHash } from '../src/lib/csp.ts';
import { mergePolicies, parsePolicy, policyInHtml, serializePolicy } from '../src/lib/csp-policy.ts';
import { BUILT_SITE, ROOT } from './support/paths.ts';
import { htmlFiles } from './support/pages.ts';

const pages = () => htmlFiles(BUILT_SITE).map((file) => ({ path: `/${relative(BUILT_SITE, file)}`, html: readFileSync(file, 'utf8') }));
const isRedirect = (html: string) => /<meta http-equiv="refresh"/.test(html);

describe('CSP helpers', () => {
  it('parses, merges and writes policies directive by directive', () => {
    const a = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'");
    const b = parsePolicy("script-src 'self' 'sha256-b';img-src data:");
    expect(serializePolicy(mergePolicies([a, b]))).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; img-src data:");
  });

  it('hashes a script the way browsers do (the known hash of an empty script)', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('Content-Security-Policy of the built site', () => {
  it('is on every page, allows no inline script it did not hash, and no eval outside the CMS', () => {
    const checked = pages().filter((p) => !isRedirect(p.html));
    expect(checked.length).toBeGreaterThan(200);
    for (const { path, html } of checked) {
      const policy = policyInHtml(html);
      expect(policy, `${path} has a CSP <meta>`).toBeDefined();
      const scriptSrc = policy!.get('script-src') ?? [];
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      if (!path.startsWith('/admin/')) expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      expect(policy!.get('object-src'), path).toEqual(["'none'"]);
      // Every inline script that would run is allowed by its hash; JSON-LD is data, not script.
      for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=/.test(attributes!) || /type="application\/ld\+json"/.test(attributes!)) continue;
        expect(scriptSrc, `${path}: inline script ${body!.slice(0, 60)}…`).toContain(`'${cspHash(body!)}'`);
      }
      // A style="" attribute would be refused by style-src on the site's pages.
      if (!path.startsWith('/admin/')) expect(html, path).not.toMatch(/<[a-z][^>]*\sstyle="/);
    }
  });

  it('is repeated in _headers for every section (with frame-ancestors), and the CMS has its own', () => {
    const headers = readFileSync(join(BUILT_SITE, '_headers'), 'utf8');
    const rules = new Map<string, string>();
    for (const [, path, body] of headers.matchAll(/^(\/\S*)\n((?: {2}.+\n)+)/gm)) rules.set(path!, body!);
    const cspOf = (path: string) => /Content-Security-Policy: (.+)/.exec(rules.get(path) ?? '')?.[1];

    const sections = new Set(
      pages()
        .map((p) => p.path.split('/')[1]!)
        .filter((s) => !s.endsWith('.html')),
    );
    for (const section of sections) {
      const policy = cspOf(section === 'admin' ? '/admin/*' : `/${section}/*`);
      expect(policy, `_headers has a policy for /${section}/`).toBeDefined();
    }
    const site = parsePolicy(cspOf('/notices/*')!);
    expect(site.get('frame-ancestors')).toEqual(["'self'"]);
    expect(site.get('script-src')).not.toContain("'unsafe-inline'");
    expect(site.get('script-src')).not.toContain("'unsafe-eval'");
    // The header allows what each page's own policy allows, so the two never disagree.
    const home = policyInHtml(readFileSync(join(BUILT_SITE, 'index.html'), 'utf8'))!;
    for (const source of home.get('script-src')!) expect(site.get('script-src')).toContain(source);
    const admin = parsePolicy(cspOf('/admin/*')!);
    expect(admin.get('frame-ancestors')).toEqual(["'none'"]);
    expect(admin.get('script-src')).not.toContain("'unsafe-inline'");
    expect(rules.get('/*')).toContain('X-Content-Type-Options: nosniff');
    // Share cards are named by content hash, so they may be cached for good.
    expect(rules.get('/cards/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
  });
});

describe('the repository', () => {
  it('holds no secret: no private key, access token or client secret in any tracked file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(50);
    const SECRET =
      /-----BEGIN [A-Z ]*PRIVATE KEY-----|\bgh[pousr]_[A-Za-z0-9]{30,}|\bglpat-[A-Za-z0-9_-]{20,}|\bAKIA[0-9A-Z]{16}\b|client_secret\s*[:=]\s*["']?[A-Za-z0-9]{16,}/;
    const found = files.filter((file) => !/\.(png|jpe?g|pdf|ico|woff2?)$/i.test(file)).filter((file) => SECRET.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
    expect(files.filter((file) => /(^|\/)\.env(\.|$)/.test(file) && !file.endsWith('.example'))).toEqual([]);
  });
});
