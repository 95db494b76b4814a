/** Anything that can run one SQL statement: a pg client or pool, or a reporting SqlRunner. */
export interface SqlExecutor {
  query(sql: string): Promise<unknown>;
}

export interface RefreshOptions {
  /** Keep the rollups readable while they rebuild; slower, so only worth it when someone may be reading. */
  concurrently?: boolean;
}

/** What refreshRollupsBehind found and did. */
export interface CatchUp {
  /** The tables written since the rollups were last rebuilt ('migration' after an upgrade); empty when none. */
  changedTables: string[];
  /** The rollups rebuilt, in the order they were rebuilt. */
  views: string[];
}

/**
 * Rebuilds every reporting rollup (the materialised views the migrations create) after the seed
 * or an import has written, then refreshes the planner's statistics, which reports are planned
 * on. The views are read from the catalogue in creation order, so a view built on another is
 * refreshed after it and a new migration's view needs no list kept by hand.
 */
export async function refreshRollups(executor: SqlExecutor, options: RefreshOptions = {}): Promise<string[]> {
  const seen = await pendingWrites(executor);
  const views = (await rollupViews(executor)).map((view) => view.name);
  await refreshViews(executor, views, options);
  await forget(executor, seen.ids);
  return views;
}

export interface CatchUpOptions extends RefreshOptions {
  /**
   * Rollups the caller knows its writes left as they were (e.g. outcome_pair after an import that
   * touched no referral with outcomes); they, and what reads only them, are not rebuilt.
   */
  unchanged?: readonly string[];
}

/**
 * Rebuilds only the rollups behind the data: those reading a table written since they were last
 * rebuilt, or a rollup rebuilt before them, and nothing when no write is noted. Cheap enough for
 * every start and every import. Writes are noted by a trigger (Migration20261206000000_rollup_pending).
 */
export async function refreshRollupsBehind(executor: SqlExecutor, options: CatchUpOptions = {}): Promise<CatchUp> {
  const seen = await pendingWrites(executor);
  if (seen.ids.length === 0) return { changedTables: [], views: [] };
  const all = await rollupViews(executor);
  // A note of a table no rollup reads (the migration's own, for one) stands for any write.
  const anything = seen.tables.some((table) => !all.some((view) => view.reads.includes(table)));
  const stale = new Set<string>(seen.tables);
  const views: string[] = [];
  for (const view of all) {
    if (options.unchanged?.includes(view.name)) continue;
    if (anything || view.reads.some((source) => stale.has(source))) {
      views.push(view.name);
      stale.add(view.name);
    }
  }
  await refreshViews(executor, views, options);
  await forget(executor, seen.ids);
  return { changedTables: seen.tables, views };
}

async function refreshViews(executor: SqlExecutor, views: readonly string[], options: RefreshOptions): Promise<void> {
  for (const view of views) {
    // The summaries group millions of rows several ways; sorting in memory rather than on disk
    // takes a fifth off a large refresh. SET LOCAL lasts only for this statement's transaction.
    await executor.query(`set local work_mem = '256MB'; refresh materialized view ${options.concurrently ? 'concurrently ' : ''}${view}`);
  }
  if (views.length > 0) await executor.query(`analyze ${views.join(', ')}`);
  await recordRefreshTime(executor);
}

/** The dashboard says how fresh its figures are from this (docs/methods.md, "How recent the data are"). */
async function recordRefreshTime(executor: SqlExecutor): Promise<void> {
  await executor.query(`insert into hub_setting (key, value, changed_at, changed_by)
    values ('rollups_refreshed', to_jsonb(clock_timestamp()), clock_timestamp(), null)
    on conflict (key) do update set value = excluded.value, changed_at = excluded.changed_at, changed_by = null`);
}

/**
 * The noted writes committed before the rebuild starts. Only these are forgotten after it: a write
 * that commits while the views rebuild may be missing from them, so its note stays for next time.
 */
async function pendingWrites(executor: SqlExecutor): Promise<{ ids: number[]; tables: string[] }> {
  const [row] = rowsOf<{ ids: number[] | null; tables: string[] | null }>(
    await executor.query(`select array_agg(id::int) as ids, array_agg(distinct table_name) as tables from rollup_pending`),
  );
  return { ids: row?.ids ?? [], tables: row?.tables ?? [] };
}

async function forget(executor: SqlExecutor, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  // The ids came from the database as integers, so the literal holds nothing but digits and commas.
  await executor.query(`delete from rollup_pending where id = any('{${ids.map((id) => Math.trunc(id)).join(',')}}'::bigint[])`);
}

/** Each materialised view in creation order, so each comes after those it reads, with the tables and views it reads. */
async function rollupViews(executor: SqlExecutor): Promise<{ name: string; reads: string[] }[]> {
  return rowsOf<{ name: string; reads: string[] }>(
    await executor.query(
      `select format('%I', m.relname) as name,
              array(select distinct format('%I', source.relname) from pg_rewrite w
                      join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = w.oid and d.refclassid = 'pg_class'::regclass
                      join pg_class source on source.oid = d.refobjid and source.oid <> m.oid and source.relkind in ('r', 'm')
                     where w.ev_class = m.oid) as reads
         from pg_class m
        where m.relkind = 'm' and m.relnamespace = current_schema()::regnamespace order by m.oid`,
    ),
  );
}

function rowsOf<T>(result: unknown): T[] {
  const shaped = result as { rows?: T[] } | T[];
  return Array.isArray(shaped) ? shaped : (shaped.rows ?? []);
}
