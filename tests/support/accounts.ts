import { afterAll, inject } from 'vitest';
import { accountFactory, type AccountFactory, type AccountWanted, type TestAccount } from './account.factory.js';

export type { AccountWanted, TestAccount } from './account.factory.js';

/**
 * Test accounts on the hub the global setup launched. Importing this module registers an
 * `afterAll` that closes the database connection it opens, so a spec file needs no cleanup.
 */
let factory: AccountFactory | undefined;

function hubAccounts(): AccountFactory {
  factory ??= accountFactory({ apiUrl: inject('apiUrl'), databaseUrl: inject('databaseUrl') });
  return factory;
}

afterAll(async () => {
  await factory?.close();
  factory = undefined;
});

/** A session token of `wanted` (a role, or a role with a name, record access and scopes), cached for the file. */
export const tokenFor = (wanted: AccountWanted): Promise<string> => hubAccounts().tokenFor(wanted);

/** The account of `wanted`, created once on the e2e database. */
export const accountOf = (wanted: AccountWanted): Promise<TestAccount> => hubAccounts().account(wanted);

/** A new session of `wanted`, never cached: for tests that end it. */
export const freshSignIn = (wanted: AccountWanted): Promise<string> => hubAccounts().signIn(wanted);
