import { Migration } from '@mikro-orm/migrations';

/**
 * The reporting rollups become ordinary tables kept up to date per change (docs/methods.md,
 * "How the figures keep up with the data"). A materialised view can only be rebuilt whole, which
 * takes minutes at a million referrals; a table lets an import recompute just the referrals it
 * wrote and the months they fall in, inside its own transaction.
 *
 * Each view's rows, columns and indexes are copied into a table of the same name, so readers see
 * no difference and nothing needs rebuilding. Writes to referral, person and outcome_measurement
 * then note the referrals they reach in rollup_dirty (statement-level triggers reading the
 * statement's changed rows, so a bulk load costs one insert per statement, not per row); other
 * tables the rollups read keep noting their name in rollup_pending, which rebuilds everything.
 */
export class Migration20261207100000_rollup_tables extends Migration {
  override async up(): Promise<void> {
    this.addSql(VIEWS_TO_TABLES);
    this.addSql(`create table rollup_dirty (
      id bigserial primary key,
      referral_id bigint not null,
      table_name text not null,
      noted_at timestamptz not null default clock_timestamp()
    );`);
    this.addSql(NOTE_REFERRALS);
    for (const table of ['referral', 'person', 'outcome_measurement']) {
      this.addSql(`drop trigger rollup_pending_note on ${table};`);
      this.addSql(`create trigger rollup_pending_note after truncate on ${table} for each statement execute function rollup_pending_note();`);
      this.addSql(`create trigger rollup_dirty_insert after insert on ${table} referencing new table as changed_rows
        for each statement execute function rollup_dirty_note();`);
      this.addSql(`create trigger rollup_dirty_update after update on ${table} referencing new table as changed_rows
        for each statement execute function rollup_dirty_note();`);
      this.addSql(`create trigger rollup_dirty_delete after delete on ${table} referencing old table as changed_rows
        for each statement execute function rollup_dirty_note();`);
    }
    this.addSql(SUMMARY_KEYS);
    // After a change a refresh looks for summary rows left with nothing in the months the changed
    // referrals were in, and for KPI months no referral is received, started or ended in any more.
    this.addSql(`create index referral_fact_received_month_idx on referral_fact(received_month);`);
    for (const summary of ['referral_month', 'outcome_month', 'outcome_value_month']) {
      this.addSql(`create index ${summary}_received_month_idx on ${summary}(received_month);`);
    }
    // Cached answers are keyed on the data version (Migration20261207000000_data_version); the
    // rollups' own refresh moves it, so an answer computed before a refresh is not served after it.
    this.addSql(
      `select data_version_track(name::regclass) from unnest(array['referral_fact', 'outcome_pair', 'referral_month', 'kpi_wait', 'outcome_month', 'outcome_value_month', 'kpi_month']) name;`,
    );
    // Built afresh from the new statements at the next start (sums are now kept at their fewest decimal places).
    this.addSql(`insert into rollup_pending (table_name) values ('migration');`);
    this.addSql(`analyze referral_fact, outcome_pair, referral_month, kpi_wait, outcome_month, outcome_value_month, kpi_month;`);
  }

  override async down(): Promise<void> {
    throw new Error('Migration20261207100000_rollup_tables cannot be undone in place: restore a backup, or migrate a fresh database to the previous version.');
  }
}

// Copies every materialised view, in creation order, into a table with its rows and indexes,
// then drops the views together (they read one another) and gives the tables their names.
const VIEWS_TO_TABLES = `
create temporary table rollup_view on commit drop as
select c.oid, c.relname as name, array(select pg_get_indexdef(x.indexrelid) from pg_index x where x.indrelid = c.oid) as indexes
from pg_class c
where c.relkind = 'm' and c.relnamespace = current_schema()::regnamespace;

do $$
declare
  view record;
  index_definition text;
begin
  for view in select * from rollup_view order by oid loop
    execute format('create table %I as table %I', 'rollup_copy_' || view.name, view.name);
  end loop;
  execute (select 'drop materialized view ' || string_agg(format('%I', name), ', ') from rollup_view);
  for view in select * from rollup_view order by oid loop
    execute format('alter table %I rename to %I', 'rollup_copy_' || view.name, view.name);
    foreach index_definition in array view.indexes loop
      execute index_definition;
    end loop;
  end loop;
end $$;`;

const NOTE_REFERRALS = `
create function rollup_dirty_note() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'person' then
    insert into rollup_dirty (referral_id, table_name) select r.id, tg_table_name from referral r where r.person_id in (select id from changed_rows);
  elsif tg_table_name = 'referral' then
    insert into rollup_dirty (referral_id, table_name) select id, tg_table_name from changed_rows;
  else
    insert into rollup_dirty (referral_id, table_name) select distinct referral_id, tg_table_name from changed_rows;
  end if;
  return null;
end $$;`;

// A change is added to the summary row it groups into (insert … on conflict … do update), which
// needs each summary's key to be unique with its nulls equal: the dimension slices have no start
// month, and a row of them must be found again like any other.
const SUMMARY_KEYS = `
drop index referral_month_key_idx, outcome_month_key_idx, outcome_value_month_key_idx;
create unique index referral_month_key_idx on referral_month(dimension, value, received_month, started_month, programme_id) nulls not distinct;
create unique index outcome_month_key_idx
  on outcome_month(comparison, dimension, value, instrument_code, received_month, started_month, programme_id) nulls not distinct;
create unique index outcome_value_month_key_idx
  on outcome_value_month(comparison, instrument_code, received_month, started_month, programme_id, service_id, side, measured_value) nulls not distinct;`;
