import { defineConfig } from 'vitest/config';

// Unit and property tests: pure functions only, fixed time zone and locale.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
  },
});
