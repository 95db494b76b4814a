import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each worker loads the modules once for all its files instead of once per file: the
    // specs share no module state, and the loading was most of the run's time.
    isolate: false,
    include: ['src/**/*.spec.ts'],
    globalSetup: ['../db/src/testing/global.setup.ts'],
    // The account and demo specs share one migrated database, so files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
