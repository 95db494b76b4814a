import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each worker loads the modules once for all its files instead of once per file: the
    // specs share no module state, and the loading was most of the run's time.
    isolate: false,
    include: ['src/**/*.spec.ts'],
    // A migrated database, then the seeded town every data spec reads.
    globalSetup: ['../db/src/testing/global.setup.ts', 'src/testing/seed.setup.ts'],
    // Fixture specs empty the tables inside a transaction they roll back, and refreshing the
    // rollups there locks them; one file at a time keeps every spec on a stable database.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
