import pg from 'pg';
import { refreshRollupsBehind, type CatchUp } from '@hub/db';

/**
 * Brings the reporting rollups up to the data before the hub serves, when a write was committed
 * without the refresh that should follow it (a seed or an edit killed in between): otherwise the
 * lists would show referrals that every chart leaves out. An up-to-date database costs one query.
 */
export async function catchUpRollups(databaseUrl: string, log: (line: string) => void): Promise<CatchUp> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    const caughtUp = await refreshRollupsBehind(client);
    if (caughtUp.mode !== 'none') {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const done = caughtUp.mode === 'whole' ? 'rebuilt every rollup' : `took in ${caughtUp.referrals.toLocaleString('en-GB')} referrals and their months`;
      log(`The reporting rollups were behind the data (writes to ${caughtUp.changedTables.join(', ')}): ${done} in ${seconds} s`);
    }
    return caughtUp;
  } finally {
    await client.end();
  }
}
