import { defineConfig } from 'vitest/config';

/** Tests whose subject is time: they run again under other machine zones. */
const timeTests = [
  'tests/dates.test.ts',
  'tests/events.test.ts',
  'tests/feeds.test.ts',
  'tests/calendar-feeds.test.ts',
  'tests/chinese-calendar.test.ts',
  'tests/cms-file-names.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 60_000,
    // src/lib/palette.ts reads the site's colours from global.css?raw: let Vite load it as it does in the build.
    css: { include: [/global\.css/] },
    hookTimeout: 180_000,
    // A browser page on a loaded two-core machine can take seconds to show what a poll waits for;
    // the default (1 s) made the CMS tests fail under load while the page was still loading.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      // Everything, on a machine far from Beijing (the zone must never leak into a date).
      { extends: true, test: { name: 'new-york', include: ['tests/**/*.test.ts'], env: { TZ: 'America/New_York' } } },
      { extends: true, test: { name: 'utc', include: timeTests, env: { TZ: 'UTC' } } },
      { extends: true, test: { name: 'shanghai', include: timeTests, env: { TZ: 'Asia/Shanghai' } } },
    ],
  },
});
