import { CHANGED, EVERYTHING, ROLLUPS, TRACKED_TABLES, type Rollup, type SummaryRollup } from './rollup.definitions.js';

/** Anything that can run one SQL statement (or several, separated by semicolons): a pg client or pool, or a reporting SqlRunner. */
export interface SqlExecutor {
  query(sql: string): Promise<unknown>;
}

export interface RefreshOptions {
  /** Keep the rollups readable while they rebuild; slower, so only worth it when someone may be reading. */
  concurrently?: boolean;
}

/** What refreshRollupsBehind found and did. */
export interface CatchUp {
  /** The tables written since the rollups were last brought up to date ('migration' after an upgrade); empty when none. */
  changedTables: string[];
  /** The rollups rebuilt or updated, in build order. */
  views: string[];
  /** Whole: every rollup rebuilt from scratch. Changed: the reached referrals' rows recomputed and the summaries adjusted by them. */
  mode: 'none' | 'whole' | 'changed';
  /** How many referrals were recomputed (changed mode), or every referral (whole). */
  referrals: number;
}

/**
 * Rebuilds every reporting rollup from scratch after the seed, or when a table they all read
 * (programmes, codes, instrument rules) has changed, then refreshes the planner's statistics.
 * One transaction: readers see the old rollups until the new ones are complete, and a process
 * killed half-way leaves the old ones and the notes that say they are behind.
 */
export async function refreshRollups(executor: SqlExecutor, options: RefreshOptions = {}): Promise<string[]> {
  const indexes = options.concurrently ? new Map<string, RollupIndex[]>() : await rollupIndexes(executor);
  await executor.query(
    script([LOCK, FORGET_NOTES, `delete from rollup_dirty`, WORK_MEM, ...ROLLUPS.flatMap((rollup) => rebuildWhole(rollup, options, indexes)), RECORD_TIME]),
  );
  await executor.query(`analyze ${ROLLUPS.map((rollup) => rollup.name).join(', ')}`);
  return ROLLUPS.map((rollup) => rollup.name);
}

/**
 * Brings the rollups up to the data, doing only what the noted writes need: nothing when none is
 * noted; when only referrals, people or outcome measurements were written, the row-level rows of
 * the referrals they reached, recomputed, and the change added to the monthly summaries as signed
 * rows; every rollup otherwise. Cheap enough for every start and every import, and run inside an import's
 * transaction so its figures appear with its rows. A test proves the result equals a rebuild from
 * scratch (rollup.refresh.spec.ts).
 */
export async function refreshRollupsBehind(executor: SqlExecutor, options: RefreshOptions = {}): Promise<CatchUp> {
  const [noted] = rowsOf<{ tables: string[] | null; dirty: boolean }>(
    await executor.query(
      `select array_agg(distinct table_name order by table_name) as tables, exists (select 1 from rollup_dirty) as dirty from rollup_pending`,
    ),
  );
  const wholeFor = noted?.tables ?? [];
  if (wholeFor.length > 0) {
    const views = await refreshRollups(executor, options);
    return { changedTables: wholeFor, views, mode: 'whole', referrals: await referralCount(executor) };
  }
  if (!noted?.dirty) return { changedTables: [], views: [], mode: 'none', referrals: 0 };
  const results = await executor.query(script([LOCK, ...CATCH_UP_CHANGED]));
  const [changed] = lastRowsOf<{ referrals: number; tables: string[] | null }>(results);
  return {
    changedTables: changed?.tables ?? [...TRACKED_TABLES],
    views: ROLLUPS.map((rollup) => rollup.name),
    mode: 'changed',
    referrals: changed?.referrals ?? 0,
  };
}

// One refresh at a time: two imports recomputing the same month would each delete the other's rows.
const LOCK = `select pg_advisory_xact_lock(hashtext('wellbeing-hub rollups'))`;

// Notes are forgotten first, in the same transaction as the rebuild: a write committed after this
// point keeps its note for the next refresh, and one committed before it is in the rebuild.
const FORGET_NOTES = `delete from rollup_pending`;

// The summaries group millions of rows several ways; sorting in memory rather than on disk
// takes a fifth off a large rebuild. SET LOCAL lasts only for this transaction.
const WORK_MEM = `set local work_mem = '256MB'`;

const RECORD_TIME = `insert into hub_setting (key, value, changed_at, changed_by)
  values ('rollups_refreshed', to_jsonb(clock_timestamp()), clock_timestamp(), null)
  on conflict (key) do update set value = excluded.value, changed_at = excluded.changed_at, changed_by = null`;

/**
 * A plain rebuild empties the table, drops its indexes and builds them again after the insert,
 * which is several times faster than keeping them up to date row by row; it locks readers out
 * until it commits. A concurrent one deletes instead, so readers keep the old rows meanwhile.
 */
function rebuildWhole(rollup: Rollup, options: RefreshOptions, indexes: ReadonlyMap<string, RollupIndex[]>): string[] {
  if (options.concurrently) return [`delete from ${rollup.name}`, `insert into ${rollup.name} ${rollup.select(EVERYTHING)}`];
  const own = indexes.get(rollup.name) ?? [];
  return [
    `truncate ${rollup.name}`,
    ...own.map((index) => `drop index ${index.name}`),
    `insert into ${rollup.name} ${rollup.select(EVERYTHING)}`,
    ...own.map((index) => index.definition),
  ];
}

const CATCH_UP_CHANGED = [
  WORK_MEM,
  `create temporary table rollup_changed (referral_id bigint primary key) on commit drop`,
  `create temporary table rollup_changed_tables on commit drop as select distinct table_name from rollup_dirty`,
  // Deleting the notes it reads makes them this transaction's: a note committed later stays.
  `with taken as (delete from rollup_dirty returning referral_id) insert into rollup_changed select distinct referral_id from taken`,
  `analyze rollup_changed`,
  // The changed referrals' rows as they were, to take away from the summaries.
  `create temporary table rollup_old_fact on commit drop as select f.* from referral_fact f where f.referral_id in (select referral_id from rollup_changed)`,
  `create temporary table rollup_old_pair on commit drop as select o.* from outcome_pair o where o.referral_id in (select referral_id from rollup_changed)`,
  ...ROLLUPS.flatMap((rollup) => (rollup.kind === 'rows' ? recomputeRows(rollup) : addChange(rollup))),
  RECORD_TIME,
  `select (select count(*)::int from rollup_changed) as referrals, (select array_agg(table_name order by table_name) from rollup_changed_tables) as tables`,
];

function recomputeRows(rollup: Rollup): string[] {
  return [`delete from ${rollup.name} where referral_id in (select referral_id from rollup_changed)`, `insert into ${rollup.name} ${rollup.select(CHANGED)}`];
}

/** Adds the change's signed rows to the summary rows they group into, then deletes the rows left with nothing. */
function addChange(rollup: SummaryRollup): string[] {
  // Sums are numeric and kept at their fewest decimal places, as a summary built afresh writes them.
  const added = rollup.totals.map((column) =>
    column.startsWith('sum_')
      ? `${column} = trim_scale(${rollup.name}.${column} + excluded.${column})`
      : `${column} = ${rollup.name}.${column} + excluded.${column}`,
  );
  return [
    `insert into ${rollup.name} ${rollup.select(CHANGED)}
     on conflict (${rollup.key.join(', ')}) do update set ${added.join(', ')}`,
    `delete from ${rollup.name} t where ${rollup.gone}`,
  ];
}

interface RollupIndex {
  name: string;
  definition: string;
}

async function rollupIndexes(executor: SqlExecutor): Promise<Map<string, RollupIndex[]>> {
  const rows = rowsOf<{ table_name: string; name: string; definition: string }>(
    await executor.query(
      `select tablename as table_name, format('%I', indexname) as name, indexdef as definition from pg_indexes
        where schemaname = current_schema() and tablename in (${ROLLUPS.map((rollup) => `'${rollup.name}'`).join(', ')})`,
    ),
  );
  const byTable = new Map<string, RollupIndex[]>();
  for (const row of rows) byTable.set(row.table_name, [...(byTable.get(row.table_name) ?? []), { name: row.name, definition: row.definition }]);
  return byTable;
}

async function referralCount(executor: SqlExecutor): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await executor.query(`select count(*)::int as n from referral_fact`));
  return row?.n ?? 0;
}

/** Statements sent as one string run in one transaction (PostgreSQL's simple query protocol), or in the caller's open one. */
function script(statements: readonly string[]): string {
  return statements.join(';\n');
}

function rowsOf<T>(result: unknown): T[] {
  const shaped = result as { rows?: T[] } | T[];
  return Array.isArray(shaped) ? shaped : (shaped.rows ?? []);
}

/** A script answers with one result per statement; the last holds what it reports. */
function lastRowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length > 0 && typeof result[0] === 'object' && result[0] !== null && 'rows' in result[0]) {
    return (result.at(-1) as { rows: T[] }).rows;
  }
  return rowsOf<T>(result);
}

/**
 * For a bulk load that rebuilds every rollup afterwards (the seed): stops noting each referral
 * it writes, which would only be thrown away, and notes the load itself so the rebuild follows
 * even if the process dies after its commit. Call it inside the load's transaction and the
 * returned function before the commit; a rollback restores the notes too.
 */
export async function suspendReferralNotes(executor: SqlExecutor): Promise<() => Promise<void>> {
  const triggers = (verb: 'disable' | 'enable') =>
    TRACKED_TABLES.map(
      (table) => `alter table ${table} ${verb} trigger rollup_dirty_insert, ${verb} trigger rollup_dirty_update, ${verb} trigger rollup_dirty_delete`,
    );
  await executor.query(script([...triggers('disable'), `insert into rollup_pending (table_name) values ('bulk load')`]));
  return async () => {
    await executor.query(script(triggers('enable')));
  };
}
