import type { TestProject } from 'vitest/node';
import { seedDatabase } from '@hub/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** The size of the synthetic town every seeded spec reads. */
export const SEEDED_REFERRALS = 3000;

/**
 * Runs after @hub/db's global setup: seeds the migrated test database once for the whole run
 * (which also builds the rollups).
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = project.getProvidedContext().databaseUrl;
  // seedDatabase rebuilds the rollups itself.
  await seedDatabase(url, { referrals: SEEDED_REFERRALS });
}
