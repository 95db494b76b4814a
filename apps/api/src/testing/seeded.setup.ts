import type { TestProject } from 'vitest/node';
import { openOrm } from '@hub/db';
import { startTestDatabase } from '@hub/db/testing';
import { mikroOrmRunner, refreshRollups } from '@hub/reporting';
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
 * mix with the fixture in the shared one), with the rollups built as the seed command does,
 * handed to specs by `inject('seededDatabaseUrl')`. Specs only read it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await startTestDatabase('hub_seeded');
  await seedDatabase(database.url, { referrals: SEEDED_REFERRALS });
  const orm = await openOrm(database.url);
  try {
    await refreshRollups(mikroOrmRunner(orm.em.fork()), { concurrently: false });
  } finally {
    await orm.close(true);
  }
  project.provide('seededDatabaseUrl', database.url);
  return () => database.stop();
}
