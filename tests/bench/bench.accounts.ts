import { accountFactory, type AccountFactory } from '../support/account.factory.js';
import { dataOf, postGraphQL } from '../support/graphql.client.js';
import type { BenchCredentials } from './auth.bench.js';
import type { QueryBenchTokens } from './query.bench.js';

export interface BenchAccounts {
  queries: QueryBenchTokens;
  signInCheck: BenchCredentials;
  close(): Promise<void>;
}

const ANALYST = { role: 'analyst', name: 'bench analyst' } as const;
const RECORD_ANALYST = { role: 'analyst', name: 'bench analyst with records', recordAccess: true } as const;

/**
 * The accounts the benchmarks act as, made on the bench database and signed in over HTTP: an
 * analyst (figures under disclosure control, as the dashboard's analysts see them), one granted
 * record access for the referral list, and a personal API token of the first.
 */
export async function benchAccounts(apiUrl: string, databaseUrl: string): Promise<BenchAccounts> {
  const accounts: AccountFactory = accountFactory({ apiUrl, databaseUrl });
  try {
    const analyst = await accounts.tokenFor(ANALYST);
    const records = await accounts.tokenFor(RECORD_ANALYST);
    const created = await postGraphQL<{ createApiToken: { secret: string } }>(
      apiUrl,
      'mutation { createApiToken(name: "npm run bench", expiresInDays: 1) { secret } }',
      {},
      { token: analyst },
    );
    return { queries: { analyst, records }, signInCheck: { session: analyst, apiToken: dataOf(created).createApiToken.secret }, close: accounts.close };
  } catch (error) {
    await accounts.close();
    throw error;
  }
}
