/** Anything that can run one SQL statement: a pg client or pool, or a reporting SqlRunner. */
export interface SqlExecutor {
  query(sql: string): Promise<unknown>;
}

export interface RefreshOptions {
  /** Keep the rollups readable while they rebuild; slower, so only worth it when someone may be reading. */
  concurrently?: boolean;
}

/**
 * Rebuilds every reporting rollup (the materialised views the migrations create) after the seed
 * or an import has written, then refreshes the planner's statistics, which reports are planned
 * on. The views are read from the catalogue in creation order, so a view built on another is
 * refreshed after it and a new migration's view needs no list kept by hand.
 */
export async function refreshRollups(executor: SqlExecutor, options: RefreshOptions = {}): Promise<string[]> {
  const views = await rollupViews(executor);
  for (const view of views) {
    // The summaries group millions of rows several ways; sorting in memory rather than on disk
    // takes a fifth off a large refresh. SET LOCAL lasts only for this statement's transaction.
    await executor.query(`set local work_mem = '256MB'; refresh materialized view ${options.concurrently ? 'concurrently ' : ''}${view}`);
  }
  if (views.length > 0) await executor.query(`analyze ${views.join(', ')}`);
  await recordRefreshTime(executor);
  return views;
}

/** The dashboard says how fresh its figures are from this (docs/methods.md, "How recent the data are"). */
async function recordRefreshTime(executor: SqlExecutor): Promise<void> {
  await executor.query(`insert into hub_setting (key, value, changed_at, changed_by)
    values ('rollups_refreshed', to_jsonb(clock_timestamp()), clock_timestamp(), null)
    on conflict (key) do update set value = excluded.value, changed_at = excluded.changed_at, changed_by = null`);
}

async function rollupViews(executor: SqlExecutor): Promise<string[]> {
  const result = (await executor.query(
    `select format('%I', matviewname) as name from pg_matviews
      where schemaname = current_schema() order by format('%I.%I', schemaname, matviewname)::regclass::oid`,
  )) as { rows?: { name: string }[] } | { name: string }[];
  const rows = Array.isArray(result) ? result : (result.rows ?? []);
  return rows.map((row) => row.name);
}
