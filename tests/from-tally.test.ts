/** `?from=<school-id>` is counted from access logs (issue 18, item 8). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { INVALID_FROM, fromOfLogLine, tallyFrom } from '../src/lib/from-tally.ts';
import { ROOT } from './support/paths.ts';

const LOG = [
  // combined format (nginx default)
  '203.0.113.5 - - [27/Nov/2026:10:00:01 +0800] "GET /campaigns/golden-key-essay/?from=hehua-primary HTTP/1.1" 200 5120 "https://hehua.example.cn/" "Mozilla/5.0 MicroMessenger"',
  '203.0.113.6 - - [27/Nov/2026:10:00:02 +0800] "GET /campaigns/golden-key-essay/?from=hehua-primary HTTP/2.0" 304 0 "-" "Mozilla/5.0"',
  '203.0.113.7 - - [27/Nov/2026:10:00:03 +0800] "GET /en/campaigns/golden-key-essay/index.html?utm=x&from=Wenchang-Middle HTTP/1.1" 200 5120 "-" "Mozilla/5.0"',
  // common format (no referrer, no agent)
  '198.51.100.1 - - [27/Nov/2026:11:00:00 +0800] "GET /campaigns/golden-key-essay/?from=hehua-primary HTTP/1.1" 200 5120',
  '198.51.100.2 - - [27/Nov/2026:11:00:01 +0800] "GET /campaigns/golden-key-essay/?from=%3Cscript%3E HTTP/1.1" 200 5120',
  // not counted: no from, a 404, a redirect, a POST, a file, garbage
  '198.51.100.3 - - [27/Nov/2026:11:00:02 +0800] "GET /campaigns/golden-key-essay/ HTTP/1.1" 200 5120',
  '198.51.100.4 - - [27/Nov/2026:11:00:03 +0800] "GET /campaigns/no-such/?from=hehua-primary HTTP/1.1" 404 512',
  '198.51.100.5 - - [27/Nov/2026:11:00:04 +0800] "GET /campaigns/old-name/?from=hehua-primary HTTP/1.1" 301 0',
  '198.51.100.6 - - [27/Nov/2026:11:00:05 +0800] "POST /campaigns/golden-key-essay/?from=hehua-primary HTTP/1.1" 200 0',
  '198.51.100.7 - - [27/Nov/2026:11:00:06 +0800] "GET /campaigns/golden-key-essay/qr.png?from=hehua-primary HTTP/1.1" 200 900',
  'not a log line ?from=hehua-primary',
];

describe('tallying ?from= from an access log', () => {
  it('counts successful page requests by page and school, whatever the language prefix or parameter order', () => {
    expect(tallyFrom(LOG)).toEqual([
      { page: '/campaigns/golden-key-essay/', from: 'hehua-primary', requests: 3 },
      { page: '/campaigns/golden-key-essay/', from: INVALID_FROM, requests: 1 },
      { page: '/en/campaigns/golden-key-essay/', from: 'wenchang-middle', requests: 1 },
    ]);
  });

  it('ignores lines that are not visits', () => {
    for (const line of LOG.slice(5)) expect(fromOfLogLine(line), line).toBeUndefined();
  });

  it('npm run tally:from reads plain and gzipped logs and prints a table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-'));
    try {
      writeFileSync(join(dir, 'access.log'), `${LOG.slice(0, 3).join('\n')}\n`);
      writeFileSync(join(dir, 'access.log.1.gz'), gzipSync(`${LOG.slice(3).join('\n')}\n`));
      const run = spawnSync(process.execPath, ['scripts/tally-from.ts', join(dir, 'access.log'), join(dir, 'access.log.1.gz')], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe(
        [
          '次数 requests\t来源 from\t页面 page',
          '3\thehua-primary\t/campaigns/golden-key-essay/',
          `1\t${INVALID_FROM}\t/campaigns/golden-key-essay/`,
          '1\twenchang-middle\t/en/campaigns/golden-key-essay/',
          '',
        ].join('\n'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
