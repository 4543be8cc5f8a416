/**
 * Reading, merging and writing Content-Security-Policy strings, and the `_headers` file that
 * static hosts (Netlify, Cloudflare Pages, EdgeOne Pages…) read.
 */

/** directive name → its sources, in first-seen order. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    policy.set(key, [...new Set([...(policy.get(key) ?? []), ...sources])]);
  }
  return policy;
}

/** A policy allowing what any of the given policies allows, directive by directive. */
export function mergePolicies(policies: Iterable<Policy>): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  return merged;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const CSP_META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy text a built page carries in its <meta>, or undefined (redirect pages, files). */
export function policyTextInHtml(html: string): string | undefined {
  const match = CSP_META.exec(html);
  return match?.[1] ? match[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"') : undefined;
}

/** The policy a built page carries in its <meta>, or undefined (redirect pages, files). */
export function policyInHtml(html: string): Policy | undefined {
  const text = policyTextInHtml(html);
  return text ? parsePolicy(text) : undefined;
}

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n';
}
