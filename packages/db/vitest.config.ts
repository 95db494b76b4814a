import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each worker loads the modules once for all its files instead of once per file: the
    // specs share no module state, and the loading was most of the run's time.
    isolate: false,
    include: ['src/**/*.spec.ts'],
    globalSetup: ['src/testing/global.setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
