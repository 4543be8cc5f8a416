/**
 * What `npm run bench` compares the site with, over the same entries (scripts/bench/synthetic-content.ts,
 * `baselineEntries`):
 *
 * - **bare Astro, one content collection**: what the Astro documentation recommends for thousands
 *   of Markdown entries — a `glob()` collection and one template rendering each entry. No
 *   integrations, no second language, no feeds, no search index.
 * - **Hugo** (when `hugo` is installed, `apt-get install hugo`): the same entries as one section
 *   with a one-line template, for reference: the fastest static generator a district could pick.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stringify } from 'yaml';
import { baselineEntries } from './synthetic-content.ts';

function write(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const entryFiles = (total: number, folder: string) =>
  Object.fromEntries(baselineEntries(total).map((entry, i) => [`${folder}/entry-${i}.md`, `---\n${stringify({ title: entry.title })}---\n${entry.body}`]));

/** A bare Astro project in `dir` (sharing `nodeModules`) with `total` entries in one collection. */
export function bareAstroProject(dir: string, total: number, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  write(dir, {
    'package.json': JSON.stringify({ name: 'baseline', private: true, type: 'module' }),
    // Its own cache folder: the site's copy shares node_modules, and with it Astro's default cache.
    'astro.config.mjs': "export default { devToolbar: { enabled: false }, cacheDir: './.astro-cache' };\n",
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "export const collections = { entries: defineCollection({ loader: glob({ pattern: '**/*.md', base: './entries' }) }) };",
      '',
    ].join('\n'),
    'src/pages/[...id].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '<body><h1>{entry.data.title}</h1><Content /></body></html>',
      '',
    ].join('\n'),
    ...entryFiles(total, 'entries'),
  });
  symlinkSync(nodeModules, join(dir, 'node_modules'));
}

export const hugoInstalled = (): boolean => spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;

/** A Hugo site in `dir` with `total` entries in one section. */
export function hugoProject(dir: string, total: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const page = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>${body}</body></html>\n`;
  write(dir, {
    'hugo.toml': "baseURL = 'https://example.org/'\nlanguageCode = 'zh-CN'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n",
    'layouts/_default/single.html': page('<h1>{{ .Title }}</h1>{{ .Content }}'),
    'layouts/_default/list.html': page('<h1>{{ .Title }}</h1>'),
    ...entryFiles(total, 'content/posts'),
  });
}
