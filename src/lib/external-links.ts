/**
 * External links in the content (library websites, study materials, links in Markdown bodies),
 * and a check that they still answer. The network is optional: when no site can be reached at
 * all, the check says it skipped them instead of failing or pretending.
 */
export interface ExternalLink {
  url: string;
  /** where it is written: "content/library/x.md: url" */
  where: string;
}

const MARKDOWN_LINK = /\]\((https?:\/\/[^\s)]+)\)|<(https?:\/\/[^\s>]+)>/g;

function* walk(value: unknown, path: string[]): Generator<{ path: string; url: string }> {
  if (typeof value === 'string') {
    if (/^https?:\/\//.test(value)) yield { path: path.join('.'), url: value };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, [...path, String(i)]);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* walk(item, [...path, key]);
  }
}

/** Every http(s) link of an entry: in its front matter fields and its Markdown body. */
export function externalLinks(file: string, data: unknown, body = ''): ExternalLink[] {
  const links = [...walk(data, [])].map(({ path, url }) => ({ url, where: `${file}: ${path}` }));
  for (const match of body.matchAll(MARKDOWN_LINK)) links.push({ url: (match[1] ?? match[2])!, where: `${file}: 正文` });
  return links;
}

export type Probe = (url: string) => Promise<{ status: number }>;

export interface LinkReport {
  /** no link could be reached at all: most likely there is no network */
  offline: boolean;
  broken: { link: ExternalLink; problem: string }[];
  checked: number;
}

export async function checkLinks(links: readonly ExternalLink[], probe: Probe): Promise<LinkReport> {
  const results = await Promise.all(
    links.map(async (link) => {
      try {
        const { status } = await probe(link.url);
        return { link, reached: true, problem: status >= 400 ? `HTTP ${status}` : undefined };
      } catch (error) {
        return { link, reached: false, problem: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  const offline = results.length > 0 && results.every((r) => !r.reached);
  return {
    offline,
    checked: results.length,
    broken: offline ? [] : results.filter((r) => r.problem).map((r) => ({ link: r.link, problem: r.problem! })),
  };
}
