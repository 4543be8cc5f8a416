/**
 * The page `astro dev` shows instead of the site while content/ has a problem the build would
 * refuse (issue 14, item 2): the same blocks as a failed `npm run build` (src/lib/content-problems.ts),
 * one per file, each naming the field and what to do, in Chinese. Without it every page answered
 * 500 with Astro's English stack trace, and a dangling reference (a deleted venue) was reported
 * nowhere the editor could see which entries refer to it.
 */
import { formatProblem, type ContentProblem } from './content-problems.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Which requests get the page: pages, not the CMS (the editor fixes the entry there) or the dev server's own files. */
export function showsProblemPage(method: string | undefined, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (!(accept ?? '').includes('text/html')) return false;
  const path = url.split(/[?#]/)[0]!;
  // The CMS, the dev server's own paths (/@vite/…, /_image…), source files, and files with an extension.
  return !/^\/(admin|@[\w-]+|_[\w-]+|node_modules|src|content)(\/|$)/.test(path) && !/\.[a-z0-9]+$/i.test(path);
}

/** The whole HTML page: a heading, how many problems, one section per file, and what to do next. */
export function problemPage(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)))
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const sections = [...byFile].map(
    ([file, list]) =>
      `<section><h2><code>${escapeHtml(file)}</code></h2>${list
        .map((problem) => {
          // The block `npm run build` prints, under its file's heading: the line, the field, what to do.
          const [, ...rest] = formatProblem(problem).split('\n');
          const text = `${problem.line ? `第 ${problem.line} 行\n` : ''}${rest.join('\n').replace(/^ {2}/gm, '')}`;
          return `<pre>${escapeHtml(text)}</pre>`;
        })
        .join('')}</section>`,
  );
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<title>内容有问题,网站暂时无法显示</title>
<style>
body { font: 17px/1.7 system-ui, "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 52rem; padding: 1rem; color: #1f2937; }
h1 { color: #991b1b; font-size: 1.5rem; }
h2 { font-size: 1rem; margin: 1.2rem 0 .3rem; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff5f5; border-left: 4px solid #b91c1c; padding: .5rem .8rem; margin: .3rem 0; font: inherit; }
</style>
</head>
<body>
<main>
<h1>内容有 ${problems.length} 处问题,网站暂时无法显示</h1>
<p>下面每一处都写明了文件、字段和怎么改;构建(<code>npm run build</code>)也会因为同样的问题停下。请在<a href="/admin/">内容管理后台</a>打开对应的内容改正并保存,本页每 5 秒自动刷新,改好后就会显示网站。</p>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
