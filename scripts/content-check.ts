/**
 * `npm run content:check` (and the first step of `npm run build`): checks every file in content/
 * the way the build does and prints one block per problem (src/lib/content-check.ts), or
 * nothing. Exit status 1 when there is a problem.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CMS_COLLECTIONS } from '../admin/collections.ts';
import { checkAcrossEntries, checkSource, type CheckedSource } from '../src/lib/content-check.ts';
import { formatProblems, type ContentProblem } from '../src/lib/content-problems.ts';
import { uploadProblems } from '../src/data/upload-check.ts';

export async function checkContentFolder(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const entries: CheckedSource[] = [];
  for (const collection of CMS_COLLECTIONS) {
    const folder = join(root, 'content', collection.name);
    let names: string[];
    try {
      names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
    } catch {
      continue; // an empty collection has no folder
    }
    // By name without ".md", so that a file comes before the "-1" copy the CMS makes of it and the
    // copy is the one reported as the duplicate.
    const byName = (a: string, b: string) => a.replace(/\.md$/, '').localeCompare(b.replace(/\.md$/, ''), 'en');
    for (const name of names.filter((n) => n.endsWith('.md')).sort(byName)) {
      const path = join(folder, name);
      if (!statSync(path).isFile()) continue;
      const file = relative(root, path).split('\\').join('/');
      // Checked against its folder (content/<collection>/sub/x.md is refused by name).
      const result = checkSource({ path: file, contents: readFileSync(path, 'utf8') }, collection, name);
      problems.push(...result.problems);
      if (result.entry) entries.push(result.entry);
    }
  }
  problems.push(...checkAcrossEntries(entries, CMS_COLLECTIONS));
  const schemas = Object.fromEntries(CMS_COLLECTIONS.map((c) => [c.name, c.schema]));
  problems.push(...(await uploadProblems(entries, schemas, root)));
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = await checkContentFolder(process.cwd());
  if (problems.length) {
    console.error(`\n${formatProblems(problems)}\n`);
    process.exit(1);
  }
  console.log('内容检查通过(content/ is fine)');
}
