import type { Orm } from '@hub/db';
import { seedDatabase } from '@hub/seed';

/** Tests set their pseudonym key explicitly; the hub itself never has a fixed one. */
const TEST_PSEUDONYM_KEY = 'cli-spec-test-pseudonym-key-0123456789abcdef';

export function sql<Row extends object>(orm: Orm, text: string, values: unknown[] = []): Promise<Row[]> {
  return orm.em.fork().getConnection().execute(text, values);
}

/** A small synthetic town in the shared test database, with no accounts and no settings. */
export async function seedTown(orm: Orm, url: string): Promise<void> {
  await seedDatabase(url, { referrals: 200, seed: 11, pseudonymKey: TEST_PSEUDONYM_KEY, replace: true });
  await forgetAccounts(orm);
}

/** Empties the accounts and settings (the audit log keeps its rows: it is append-only). */
export async function forgetAccounts(orm: Orm): Promise<void> {
  await sql(orm, 'delete from hub_setting');
  await sql(orm, 'delete from hub_user');
}
