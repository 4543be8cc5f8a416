/**
 * Rewrites content/ in the form the CMS writes (`npm run content:format`); `--check` lists the
 * files that differ and fails. Hand-written content stays valid either way; this keeps CMS
 * saves from reformatting lines nobody touched.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cmsCanonical } from '../admin/content-format.ts';
import { CMS_COLLECTIONS } from '../admin/collections.ts';

const check = process.argv.includes('--check');
const differing: string[] = [];
for (const { name } of CMS_COLLECTIONS) {
  const dir = new URL(`../content/${name}/`, import.meta.url);
  if (!existsSync(dir)) continue; // a collection with no entries yet has no folder
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const path = new URL(file, dir);
    const source = readFileSync(path, 'utf8');
    const canonical = await cmsCanonical(source, name);
    if (canonical === source) continue;
    differing.push(`content/${name}/${file}`);
    if (!check) writeFileSync(path, canonical);
  }
}
if (check && differing.length) {
  console.error(`Not in the CMS's form (run \`npm run content:format\`):\n  ${differing.join('\n  ')}`);
  process.exit(1);
}
console.log(check ? 'content/ is in the CMS form' : `reformatted ${differing.length} file(s)`);
