import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium via playwright-core against the production build.
// One file at a time: the machine has two cores and each file drives a browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
