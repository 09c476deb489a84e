import { defineConfig } from 'vitest/config';

/**
 * Unit tests run three times, in time zones from UTC-8 to UTC+14, because calendar dates must
 * never shift with the machine's zone. The build tests run Astro for real and read its HTML.
 */
const unitIn = (tz: string) => ({
  extends: true,
  test: { name: `unit TZ=${tz}`, include: ['tests/unit/**/*.test.ts'], env: { TZ: tz } },
});

export default defineConfig({
  test: {
    projects: [
      unitIn('UTC'),
      unitIn('Pacific/Kiritimati'),
      unitIn('America/Los_Angeles'),
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      { extends: true, test: { name: 'remark', include: ['tests/remark/**/*.test.ts'] } },
      {
        // The built demo site in headless Chromium (/usr/bin/chromium): `npm run test:e2e`.
        // One build and one static server for all files (globalSetup); files run one at a time
        // so Chromium and Lighthouse never compete for the CPU.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
