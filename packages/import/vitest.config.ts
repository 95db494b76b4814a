import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each worker loads the modules once for all its files instead of once per file: the
    // specs share no module state, and the loading was most of the run's time.
    isolate: false,
    include: ['src/**/*.spec.ts'],
    // A migrated database, then the seeded town the import specs add to.
    globalSetup: ['../db/src/testing/global.setup.ts', 'src/testing/seed.setup.ts'],
    // The load specs import into one shared database and compare counts, so files run one at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
