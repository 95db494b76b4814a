import 'vitest';

// Provided by @hub/db's global setup (vitest.config.ts), which lies outside this package's program.
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
