import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    // A migrated database, then the seeded town the import specs add to.
    globalSetup: ['../db/src/testing/global.setup.ts', 'src/testing/seed.setup.ts'],
    // The load specs import into one shared database and compare counts, so files run one at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
