import { createServer } from '@hub/api';
import { openOrm } from '@hub/db';
import { dataOf, postGraphQL } from '../support/graphql.client.js';
import { ms, time, type Timing } from './timing.js';

/**
 * What checking who is asking costs each request. Over HTTP every request looks its session or
 * API token up (an API token is also marked used); in process the same operation runs on a
 * context built once for the same viewer, so the difference is HTTP plus the check. The check
 * alone is timed as `contextFor`, the step the HTTP handler runs before every operation.
 */
export interface AuthBenchRow {
  name: string;
  timing: Timing;
}

export interface BenchCredentials {
  session: string;
  apiToken: string;
}

const TRIVIAL = '{ me { role } }';
const PROGRAMMES = '{ programmes { id } }';

export async function benchSignInCheck(apiUrl: string, databaseUrl: string, credentials: BenchCredentials): Promise<AuthBenchRow[]> {
  const http = (query: string, token: string) => async () => dataOf(await postGraphQL(apiUrl, query, {}, { token }));
  const rows: AuthBenchRow[] = [
    { name: 'me, HTTP, session token', timing: await time(http(TRIVIAL, credentials.session)) },
    { name: 'me, HTTP, API token', timing: await time(http(TRIVIAL, credentials.apiToken)) },
    { name: 'programmes, HTTP, session token', timing: await time(http(PROGRAMMES, credentials.session)) },
  ];
  const orm = await openOrm(databaseUrl);
  const server = createServer({ orm });
  await server.start();
  try {
    const bearer = (token: string) => ({ authorization: `Bearer ${token}`, address: '127.0.0.1' });
    const { viewer } = await server.contextFor(bearer(credentials.session));
    if (!viewer.account) throw new Error('The bench session token did not sign in');
    const run = async (contextValue: ReturnType<typeof server.createContext>) => {
      const response = await server.executeOperation({ query: PROGRAMMES }, { contextValue });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`programmes in process: ${JSON.stringify(response.body)}`);
    };
    rows.push(
      { name: 'programmes, in process, prebuilt context', timing: await time(() => run(server.createContext(viewer))) },
      { name: 'programmes, in process, session checked', timing: await time(async () => run(await server.contextFor(bearer(credentials.session)))) },
      { name: 'sign-in check alone, session token', timing: await time(() => server.contextFor(bearer(credentials.session))) },
      { name: 'sign-in check alone, API token', timing: await time(() => server.contextFor(bearer(credentials.apiToken))) },
      { name: 'sign-in check alone, anonymous', timing: await time(() => server.contextFor({ address: '127.0.0.1' })) },
    );
  } finally {
    await server.stop();
    await orm.close(true);
  }
  return rows;
}

export function printSignInCheckRows(rows: AuthBenchRow[]): void {
  console.log(`  ${'request'.padEnd(42)} ${'p50'.padStart(10)} ${'p95'.padStart(10)}`);
  for (const row of rows) console.log(`  ${row.name.padEnd(42)} ${ms(row.timing.p50)} ${ms(row.timing.p95)}`);
}
