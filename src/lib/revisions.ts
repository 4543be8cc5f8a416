/**
 * When each content file last changed: the time of the last commit that touched it, read once
 * per build with one `git log` (the CMS commits every save). Feeds derive an event's SEQUENCE
 * and LAST-MODIFIED from it (src/lib/ical.ts). Outside a git work tree, or for a file without
 * history, there is no date. CI must check out the history (`fetch-depth: 0`), or every file
 * would date from the one commit a shallow clone has.
 */
import { execFileSync } from 'node:child_process';

let cached: Map<string, Date> | undefined;

/** Parses `git log --format=%x00%ct --name-only` (newest first) into path → last commit time. */
export function parseGitLog(log: string): Map<string, Date> {
  const revised = new Map<string, Date>();
  for (const commit of log.split('\0').slice(1)) {
    const [time, ...files] = commit
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const date = new Date(Number(time) * 1000);
    for (const file of files) if (!revised.has(file)) revised.set(file, date);
  }
  return revised;
}

/** Last commit time of each file under content/, by its path from the repository's root ("content/…"). */
export function contentRevisions(cwd = process.cwd()): Map<string, Date> {
  if (cached) return cached;
  try {
    const root = execFileSync('git', ['rev-parse', '--show-prefix'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const log = execFileSync('git', ['log', '--format=%x00%ct', '--name-only', '--', 'content'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // paths in the log are from the repository's root; a site inside a sub-folder strips its prefix
    const all = parseGitLog(log);
    cached = new Map([...all].filter(([path]) => path.startsWith(root)).map(([path, date]) => [path.slice(root.length), date]));
  } catch {
    cached = new Map();
  }
  return cached;
}
