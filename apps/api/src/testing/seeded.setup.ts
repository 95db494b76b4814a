import type { TestProject } from 'vitest/node';
import { startTestDatabase } from '@hub/db/testing';
import { seedDatabase } from '@hub/seed';

declare module 'vitest' {
  export interface ProvidedContext {
    seededDatabaseUrl: string;
  }
}

/** The size of the synthetic town the analytics specs and the examples read. */
export const SEEDED_REFERRALS = 3000;

/**
 * Vitest global setup: the seeded synthetic town in a database of its own (the seed refuses to
 * mix with the fixture in the shared one), with the rollups the seed builds,
 * handed to specs by `inject('seededDatabaseUrl')`. Specs only read it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await startTestDatabase('hub_seeded');
  // seedDatabase rebuilds the reporting rollups itself.
  await seedDatabase(database.url, { referrals: SEEDED_REFERRALS });
  project.provide('seededDatabaseUrl', database.url);
  return () => database.stop();
}
