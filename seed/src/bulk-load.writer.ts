import type pg from 'pg';

/**
 * Loading millions of rows is far faster into bare tables: each index and foreign key is
 * rebuilt once at the end instead of being checked row by row. Definitions are read from the
 * catalogue, so the rebuilt schema is exactly the migrated one, whatever migrations added.
 * Check constraints stay in place, so every row is still checked as it arrives; the one row
 * trigger that only checks (suspendRowChecks) is checked once over the whole table instead.
 */
export const BULK_TABLES = ['person', 'referral', 'referral_status_event', 'attendance', 'outcome_measurement'] as const;

/** The hub's data tables, children first; the migration's code lists are not among them. */
export const HUB_DATA_TABLES = [
  'qi_forum_meeting_project',
  'qi_chart_mark',
  'qi_measure_value_history',
  'qi_progress_score',
  'pdsa_cycle_measure',
  'qi_annotation',
  'pdsa_cycle',
  'qi_measure_value',
  'qi_measure',
  'qi_project_involvement',
  'qi_project',
  'qi_forum_meeting',
  'outcome_measurement',
  'attendance',
  'referral_status_event',
  'referral',
  'outreach_event',
  'person',
  'population',
  'programme_venue',
  'venue',
  'programme',
  'service',
  'kpi_value',
  'kpi_target',
  'kpi',
  'contract_provider',
  'contract',
  'organisation',
  'ward',
] as const;

interface Definition {
  name: string;
  table: string;
  definition: string;
}

/** Drops the indexes and key constraints touching the big tables; returns how to put them back. */
export async function suspendIndexes(client: pg.ClientBase): Promise<() => Promise<void>> {
  const tables = [...BULK_TABLES];
  const keys = await client.query<Definition & { kind: string }>(
    `select c.conname as name, c.conrelid::regclass::text as "table", pg_get_constraintdef(c.oid) as definition, c.contype as kind
       from pg_constraint c
      where c.contype in ('p', 'u', 'f')
        and (c.conrelid = any($1::regclass[]) or c.confrelid = any($1::regclass[]))
      order by c.contype = 'f' desc, c.conname`,
    [tables],
  );
  const indexes = await client.query<Definition>(
    `select i.indexrelid::regclass::text as name, i.indrelid::regclass::text as "table", pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
      where i.indrelid = any($1::regclass[])
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by 1`,
    [tables],
  );
  for (const key of keys.rows) await client.query(`alter table ${key.table} drop constraint "${key.name}"`);
  for (const index of indexes.rows) await client.query(`drop index ${index.name}`);
  return async () => {
    // Unique keys first, because the foreign keys need them.
    for (const key of [...keys.rows].reverse()) await client.query(`alter table ${key.table} add constraint "${key.name}" ${key.definition}`);
    for (const index of indexes.rows) await client.query(index.definition);
  };
}

/** Ids were assigned by the generator; move every id sequence past them. */
export async function resetSequences(client: pg.ClientBase): Promise<void> {
  const sequences = await client.query<{ table_name: string; column_name: string; sequence: string }>(
    `select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as sequence
       from information_schema.columns
      where table_schema = current_schema() and table_name = any($1::text[]) and column_default like 'nextval(%'`,
    [[...HUB_DATA_TABLES]],
  );
  for (const { table_name, column_name, sequence } of sequences.rows) {
    await client.query(`select setval($1, coalesce((select max("${column_name}") from "${table_name}"), 0) + 1, false)`, [sequence]);
  }
}

/**
 * outcome_measurement_in_range checks each measurement against its instrument's row
 * (Migration20261202000000_instrument_rules). As a row trigger it looks the instrument up once
 * per row, which on millions of rows costs more than the rest of the load together; this is the
 * same rule as one query over the loaded table, run before the transaction commits.
 */
const OUTCOME_RANGE_TRIGGER = 'outcome_measurement_in_range';
const OUTCOME_RANGE_VIOLATION = `
select o.id, o.instrument_code, o.score, i.min_score, i.max_score,
       not (o.score < i.min_score or o.score > i.max_score or (i.whole_numbers and o.score <> trunc(o.score))) as score_fits
  from outcome_measurement o
  join instrument i on i.code = o.instrument_code
 where o.score < i.min_score or o.score > i.max_score or (i.whole_numbers and o.score <> trunc(o.score))
    or (o.items is not null and (i.item_count is null or cardinality(o.items) <> i.item_count or array_position(o.items, null) is not null
        or i.item_min > any(o.items) or i.item_max < any(o.items) or (select sum(item) from unnest(o.items) as item) <> o.score))
 order by o.id
 limit 1`;

/** A loaded row that breaks a rule the database checks by trigger. */
export class BulkRowError extends Error {
  override name = 'BulkRowError';
}

/** Switches the checking trigger off for this transaction's load; returns the check to run over the loaded rows. */
export async function suspendRowChecks(client: pg.ClientBase): Promise<() => Promise<void>> {
  const { rowCount } = await client.query(`select 1 from pg_trigger where tgrelid = 'outcome_measurement'::regclass and tgname = $1 and tgenabled <> 'D'`, [
    OUTCOME_RANGE_TRIGGER,
  ]);
  if (!rowCount) return async () => {};
  await client.query(`alter table outcome_measurement disable trigger ${OUTCOME_RANGE_TRIGGER}`);
  return async () => {
    await client.query(`alter table outcome_measurement enable trigger ${OUTCOME_RANGE_TRIGGER}`);
    await checkOutcomeRanges(client);
  };
}

/** Fails on the first measurement outside its instrument's range or with item answers that do not fit, as the trigger would. */
async function checkOutcomeRanges(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ id: string; instrument_code: string; score: string; min_score: string; max_score: string; score_fits: boolean }>(
    OUTCOME_RANGE_VIOLATION,
  );
  const row = rows[0];
  if (!row) return;
  throw new BulkRowError(
    row.score_fits
      ? `outcome_measurement ${row.id}: the ${row.instrument_code} item answers do not fit the instrument or add up to the score`
      : `outcome_measurement ${row.id}: a ${row.instrument_code} score must be ${row.min_score} to ${row.max_score}, got ${row.score}`,
  );
}
