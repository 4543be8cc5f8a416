/**
 * `npm run check:links`: asks every external link in content/ whether it still answers. Without a
 * network it says that it skipped them and exits 0; a broken link exits 1, naming file and field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { checkLinks, externalLinks, type ExternalLink } from '../src/lib/external-links.ts';

const content = new URL('../content/', import.meta.url);
const links: ExternalLink[] = [];
for (const collection of readdirSync(content)) {
  for (const file of readdirSync(new URL(`${collection}/`, content)).filter((f) => f.endsWith('.md'))) {
    const source = readFileSync(new URL(`${collection}/${file}`, content), 'utf8');
    const { data, body } = readFrontmatter(source);
    links.push(...externalLinks(`content/${collection}/${file}`, data, body));
  }
}

const probe = async (url: string) => {
  const response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(10_000) });
  // Some servers refuse HEAD; ask again with GET before calling a link broken.
  return response.status === 405 || response.status === 501 ? fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(10_000) }) : response;
};

const report = await checkLinks(links, probe);
if (report.offline) {
  console.log(`跳过:${report.checked} 个外部链接一个也连不上,可能没有网络,没有检查(skipped: no network).`);
} else if (report.broken.length) {
  console.error(`外部链接失效 ${report.broken.length} 个(broken external links):`);
  for (const { link, problem } of report.broken) console.error(`  ${link.where}\n    ${link.url} — ${problem}`);
  process.exit(1);
} else {
  console.log(`${report.checked} 个外部链接都能打开(all external links answer).`);
}
