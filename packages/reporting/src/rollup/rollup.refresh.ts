import type { SqlRunner } from '../sql/sql.runner.js';

/** The rollups in refresh order: each is built from the ones before it. */
export const ROLLUP_VIEWS = ['referral_fact', 'outcome_pair', 'referral_month', 'outcome_month', 'outcome_value_month', 'kpi_month', 'kpi_wait'] as const;

export interface RefreshOptions {
  /**
   * Concurrent refresh keeps the rollups readable while they rebuild but is slower. By default
   * it is used only when referral_fact already has rows, i.e. someone may be reading it; a
   * first load after seeding takes the faster plain refresh.
   */
  concurrently?: boolean;
}

/** Rebuilds the reporting rollups after the seed or an import has written, then updates planner statistics. */
export async function refreshRollups(runner: SqlRunner, options: RefreshOptions = {}): Promise<void> {
  const concurrently = options.concurrently ?? (await hasRows(runner));
  for (const view of ROLLUP_VIEWS) {
    // The summaries group millions of rows several ways; sorting in memory rather than on disk
    // takes a fifth off a large refresh. SET LOCAL lasts only for this one statement's transaction.
    await runner.query(`set local work_mem = '256MB'; refresh materialized view ${concurrently ? 'concurrently ' : ''}${view}`);
  }
  // A refresh leaves the planner's statistics stale, and reports are planned on them.
  await runner.query(`analyze ${ROLLUP_VIEWS.join(', ')}`);
}

async function hasRows(runner: SqlRunner): Promise<boolean> {
  const [row] = await runner.query<{ populated: boolean }>('select exists (select 1 from referral_fact) as populated');
  return row?.populated ?? false;
}
