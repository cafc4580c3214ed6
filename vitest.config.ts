import { defineConfig } from 'vitest/config';

// Unit tests run in Node in milliseconds; e2e tests drive real browsers over the built extension
// (npm run build first) one file at a time, since a 2-core machine runs one browser well.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          globalSetup: ['test/unit/build-cli.setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
