import { defineConfig } from 'vitest/config';

// Unit tests only: logic, crypto and codecs. Browser flows live in tests/e2e (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
  },
});
