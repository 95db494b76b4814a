import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts', 'contract/**/*.spec.ts'],
    globalSetup: ['support/hub.global.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // One hub serves every file; running files one at a time keeps the 2-core machine responsive.
    fileParallelism: false,
  },
});
