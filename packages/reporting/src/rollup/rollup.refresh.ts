import { refreshRollups as refreshEveryRollup, type RefreshOptions } from '@hub/db';
import type { SqlRunner } from '../sql/sql.runner.js';

export type { RefreshOptions };

/**
 * Rebuilds the reporting rollups through a SqlRunner. Unless told, it refreshes concurrently
 * only when referral_fact already has rows, i.e. someone may be reading it; a first load takes
 * the faster plain refresh.
 */
export async function refreshRollups(runner: SqlRunner, options: RefreshOptions = {}): Promise<void> {
  const concurrently = options.concurrently ?? (await hasRows(runner));
  await refreshEveryRollup(runner, { concurrently });
}

async function hasRows(runner: SqlRunner): Promise<boolean> {
  const [row] = await runner.query<{ populated: boolean }>('select exists (select 1 from referral_fact) as populated');
  return row?.populated ?? false;
}
