/**
 * `npm run tally:from -- <access log>…`: how many page visits each `?from=<school-id>` brought,
 * from access logs in the common or combined log format (plain or .gz; "-" or nothing reads
 * standard input). Prints a tab-separated table: requests, from value, page. See
 * src/lib/from-tally.ts for what counts.
 *
 *   npm run tally:from -- /var/log/nginx/access.log /var/log/nginx/access.log.2.gz
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { formatTally, tallyFrom } from '../src/lib/from-tally.ts';

const files = process.argv.slice(2);
const sources: Readable[] = (files.length ? files : ['-']).map((file) => {
  if (file === '-') return process.stdin;
  const stream = createReadStream(file);
  return file.endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
});

const lines: string[] = [];
for (const source of sources) {
  for await (const line of createInterface({ input: source, crlfDelay: Infinity })) lines.push(line);
}
const counts = tallyFrom(lines);
console.log(formatTally(counts));
if (!counts.length) console.error('日志中没有带 from= 的页面访问(no page requests with from= in the log)');
