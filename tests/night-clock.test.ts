/**
 * scripts/test-at-beijing-night.sh, which CI runs the suite under: the clock it gives every process,
 * and that a process killed while libfaketime holds its shared lock does not stop the processes
 * started after it (a CI run hung that way: every test worker started later timed out).
 */
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths.ts';

const hasFaketime = spawnSync('bash', ['-c', 'command -v faketime'], { stdio: 'ignore' }).status === 0;

/** This environment without the faketime of the run the suite itself may be under. */
function ownEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['LD_PRELOAD', 'FAKETIME', 'FAKETIME_SHARED', 'NO_FAKE_STAT']) delete env[name];
  return env;
}

/** Runs `command` (a bash script) under the night clock; kills the whole process group after `ms`. */
function underNightClock(command: string, ms: number): Promise<{ code: number | null; out: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['scripts/test-at-beijing-night.sh', 'bash', '-c', command], {
      cwd: ROOT,
      env: ownEnv(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, timedOut });
    });
  });
}

describe.skipIf(!hasFaketime)('the night clock of npm run test:night', () => {
  it('starts every process at 00:37 Beijing time (16:37 UTC)', async () => {
    const { code, out } = await underNightClock('date -u +%H:%M; TZ=Asia/Shanghai date +%H:%M', 20_000);
    expect(code).toBe(0);
    const [utc, beijing] = out.trim().split('\n');
    // The clock runs on from 16:37:00; a slow start may have passed the minute.
    expect(['16:37', '16:38']).toContain(utc);
    expect(['00:37', '00:38']).toContain(beijing);
  });

  it('lets processes start after one was killed inside a file-time lookup', async () => {
    // `[ -e / ]` is a stat() call, which libfaketime fakes (and locks) unless NO_FAKE_STAT is set.
    const rounds = `
      for round in 1 2 3 4 5; do
        bash -c 'while :; do [ -e / ]; done' & looping=$!
        sleep 0.2; kill -9 $looping; wait $looping 2>/dev/null
        timeout 5 bash -c '[ -e / ]' || { echo "round $round: the next process did not start"; exit 1; }
      done
      echo "five processes started"`;
    const { code, out, timedOut } = await underNightClock(rounds, 30_000);
    expect({ timedOut, code, out: out.trim() }).toEqual({ timedOut: false, code: 0, out: 'five processes started' });
  });
});
