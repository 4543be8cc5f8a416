/**
 * The benchmark's reading of a build log (scripts/bench/split.ts): if it misreads Astro's lines,
 * docs/performance.md reports a split that never happened.
 */
import { describe, expect, it } from 'vitest';
import { buildSplit, durationSeconds, routeGroup } from '../scripts/bench/split.ts';

describe('the build benchmark’s time split', () => {
  it('reads Astro’s durations', () => {
    expect(durationSeconds('146ms')).toBeCloseTo(0.146);
    expect(durationSeconds('32.46s')).toBeCloseTo(32.46);
    expect(durationSeconds('1m 4s')).toBeCloseTo(64);
  });

  it('groups built paths by section and kind, without ids, dates or hashes', () => {
    expect(routeGroup('/notices/2024-01-01-bench-0/index.html')).toBe('notices/entry');
    expect(routeGroup('/en/notices/2024-01-01-bench-0/index.html')).toBe('en/notices/entry');
    expect(routeGroup('/notices/category/service/index.html')).toBe('notices/category');
    expect(routeGroup('/calendar/event/abc123.ics')).toBe('calendar/event (.ics)');
    expect(routeGroup('/calendar/all.ics')).toBe('calendar/all (.ics)');
    expect(routeGroup('/cards/c3d427183988307c.png')).toBe('cards/entry (.png)');
    expect(routeGroup('/index.html')).toBe('home');
  });

  it('splits a build log into phases that add up to the wall time, and page time by route group', () => {
    const log = [
      '[build] content check: 1.50 s (while Astro started)',
      '10:00:00 [chuanhui-prebuilt-cms] CMS bundle reused (its inputs are unchanged), 0.1 s',
      '10:00:01 [build] Collecting build info...',
      '10:00:03 [build] ✓ Completed in 2.00s.',
      '10:00:04 [vite] ✓ built in 1.00s',
      '10:00:05 [vite] ✓ built in 500ms',
      ' generating static routes ',
      '10:00:05   ├─ /notices/2024-01-01-bench-0/index.html (+30ms)',
      '10:00:05   ├─ /calendar/event/abc.ics (+10ms)',
      '10:00:05   └─ /notices/2024-01-02-bench-1/index.html (+60ms)',
      '10:00:15 ✓ Completed in 10.00s.',
      ' generating optimized images ',
      '10:00:15 ✓ Completed in 200ms.',
      '[build] astro build: 16.00 s',
      '[search] indexed 3 pages for search in 1.0 s',
      '[build] replacing dist/ and pruning the card cache: 0.50 s',
    ].join('\n');
    const split = buildSplit(log, 20);
    const phase = Object.fromEntries(split.phases);
    expect(split.check).toBeCloseTo(1.5);
    expect(phase['Vite bundling (server code, islands)']).toBeCloseTo(1.5);
    expect(phase['rendering pages, feeds, cards']).toBeCloseTo(10);
    // 16 s of astro build less 0.1 + 2 + 1.5 + 10 + 0.2 accounted for.
    expect(phase['rest of astro build (process start, sitemap, _headers, redirects, copying)']).toBeCloseTo(2.2);
    expect(phase['replacing dist/, pruning the card cache']).toBeCloseTo(0.5);
    expect(phase['rest (Node start-up and exit)']).toBeCloseTo(20 - 16 - 1 - 0.5);
    expect(split.phases.reduce((sum, [, s]) => sum + s, 0)).toBeCloseTo(20);
    // 90 of the 100 summed page milliseconds were notices: 90 % of the 10 s step.
    expect(split.routes).toEqual([
      ['notices/entry', 9],
      ['calendar/event (.ics)', 1],
    ]);
  });
});
