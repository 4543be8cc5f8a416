/**
 * `npm run urls:record [dist]`: adds every address the built site publishes (pages, feeds, QR
 * codes) to `urls.txt`, the append-only record of published URLs. Run it after a deployment;
 * tests/permanent-urls.test.ts then fails whenever one of them stops resolving.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publishedPaths } from '../src/lib/published-paths.ts';
import { readManifest } from '../src/lib/permanent-urls.ts';

const root = new URL('../', import.meta.url);
const dist = process.argv[2] ?? fileURLToPath(new URL('dist/', root));
const manifestFile = new URL('urls.txt', root);
const before = existsSync(manifestFile) ? readManifest(readFileSync(manifestFile, 'utf8')) : [];
const all = [...new Set([...before, ...publishedPaths(dist)])].sort();
writeFileSync(manifestFile, `# Every address the site has published. Append-only: see README, "Permanent URLs".\n${all.join('\n')}\n`);
console.log(`urls.txt: ${all.length} addresses (${all.length - before.length} new)`);
