import { defineConfig } from 'vitest/config';

// Browser tests: the built site (dist/) served locally and read in headless Chromium.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
