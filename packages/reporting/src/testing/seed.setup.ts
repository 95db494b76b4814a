import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedDatabase } from '@hub/seed';
import { refreshRollups } from '../rollup/rollup.refresh.js';
import { pgRunner } from '../sql/sql.runner.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** The size of the synthetic town every seeded spec reads. */
export const SEEDED_REFERRALS = 3000;

/**
 * Runs after @hub/db's global setup: seeds the migrated test database once for the whole run
 * and builds the rollups, as the seed command does.
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = project.getProvidedContext().databaseUrl;
  await seedDatabase(url, { referrals: SEEDED_REFERRALS });
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await refreshRollups(pgRunner(pool));
  } finally {
    await pool.end();
  }
}
