import { defineConfig } from 'vitest/config';

// Unit tests only: logic, crypto and codecs. Browser flows live in tests/e2e (Playwright).
// `*.tz.test.ts` files hold date rules and run once per time zone below, each in its own
// process started with that TZ (a zone cannot be changed inside a worker thread).
const TIME_ZONES = ['Asia/Karachi', 'Pacific/Kiritimati', 'America/Los_Angeles'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['src/**/*.tz.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          pool: 'threads',
        },
      },
      ...TIME_ZONES.map((tz) => ({
        test: {
          name: `TZ=${tz}`,
          include: ['src/**/*.tz.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          pool: 'forks' as const,
          env: { TZ: tz },
        },
      })),
    ],
  },
});
