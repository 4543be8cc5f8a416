/** Writes admin/config.yml from the schemas: `npm run cms:config`. `--check` only compares. */
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { buildCmsConfig } from '../admin/config-builder.ts';

const target = new URL('../admin/config.yml', import.meta.url);
const header = `# Decap CMS configuration, GENERATED from the collection registry (src/registry.ts) and its schemas.
# Do not edit by hand: change the schema or src/registry.ts, then run \`npm run cms:config\`.
# tests/cms-config.test.ts fails when this file and the schemas disagree.
`;
const text = header + stringify(buildCmsConfig(), { lineWidth: 0 });

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('admin/config.yml is out of date: run `npm run cms:config`.');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log('wrote admin/config.yml');
}
