import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Date tests must not depend on the zone of the machine; run them under a zone far from Beijing.
    env: { TZ: process.env['TZ'] ?? 'America/New_York' },
  },
});
