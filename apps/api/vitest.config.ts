import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for type-graphql and Apollo; Vite would pick the .mjs
    // one for our sources, and graphql-js refuses to mix objects from two copies of itself.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Each worker loads the modules once for all its files instead of once per file: the
    // specs share no module state, and the loading was most of the run's time.
    isolate: false,
    include: ['src/**/*.spec.ts'],
    // One embedded, migrated PostgreSQL for the whole run, handed to tests by inject('databaseUrl'),
    // and the seeded town in another for the analytics specs and examples: inject('seededDatabaseUrl').
    globalSetup: ['../../packages/db/src/testing/global.setup.ts', 'src/testing/seeded.setup.ts'],
    // type-graphql needs the Reflect metadata API before any decorated class loads.
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
