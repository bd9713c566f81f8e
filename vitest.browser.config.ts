import { defineConfig } from 'vitest/config';

// Browser tests: the built site (dist/) served locally and read in headless Chromium. A build a
// test runs itself is a local one (LOCAL_PREVIEW) unless the test sets SITE_URL.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC', LANG: 'C.UTF-8', LOCAL_PREVIEW: '1' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
