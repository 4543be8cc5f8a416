import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // Schemas import reference() from Astro's virtual module; outside a build we hand them
    // Astro's own implementation of it (see the shim), so the tests parse exactly as a build does.
    alias: { 'astro:content': fileURLToPath(new URL('./tests/support/astro-content.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Date tests must not depend on the zone of the machine; run them under a zone far from Beijing.
    env: { TZ: process.env['TZ'] ?? 'America/New_York' },
  },
});
