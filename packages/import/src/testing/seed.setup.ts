import type { TestProject } from 'vitest/node';
import { seedDatabase } from '@hub/seed';
import { TEST_PSEUDONYM_KEY } from './import.fixture.js';

/** Runs after @hub/db's global setup: a small seeded town the import specs add to. */
export default async function setup(project: TestProject): Promise<void> {
  await seedDatabase(project.getProvidedContext().databaseUrl, { referrals: 300, pseudonymKey: TEST_PSEUDONYM_KEY });
}
