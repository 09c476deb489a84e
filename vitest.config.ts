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
    ],
  },
});
