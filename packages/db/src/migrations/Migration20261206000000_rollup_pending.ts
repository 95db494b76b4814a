import { Migration } from '@mikro-orm/migrations';

/**
 * Rollups that are behind the data, found cheaply. Every statement that writes a table the
 * reporting rollups read leaves one row in rollup_pending (a statement-level trigger, so a load of
 * a million rows costs one insert); refreshRollups deletes the rows it has seen before it rebuilds,
 * in the same transaction. A write that commits while a refresh runs keeps its row, so the next
 * check still sees it. Rows are only ever inserted or deleted, never updated, so writers never wait
 * on one another here. `npm start` refreshes when any row is left, e.g. after a seed killed between
 * its commit and its refresh.
 *
 * The trigger goes on every table the materialised views read when this migration runs; a later
 * migration that makes a rollup read a new table adds the trigger to it.
 */
export class Migration20261206000000_rollup_pending extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table rollup_pending (
      id bigserial primary key,
      table_name text not null,
      noted_at timestamptz not null default clock_timestamp()
    );`);
    this.addSql(`create function rollup_pending_note() returns trigger language plpgsql as $$
begin
  insert into rollup_pending (table_name) values (tg_table_name);
  return null;
end $$;`);
    this.addSql(`do $$
declare source regclass;
begin
  for source in
    select distinct d.refobjid::regclass from pg_rewrite w
      join pg_class m on m.oid = w.ev_class and m.relkind = 'm' and m.relnamespace = current_schema()::regnamespace
      join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = w.oid and d.refclassid = 'pg_class'::regclass
      join pg_class t on t.oid = d.refobjid and t.relkind = 'r'
  loop
    execute format('create trigger rollup_pending_note after insert or update or delete or truncate on %s for each statement execute function rollup_pending_note()', source);
  end loop;
end $$;`);
    // A database migrated from before this was built may already be behind: check it once.
    this.addSql(`insert into rollup_pending (table_name) values ('migration');`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
declare source regclass;
begin
  for source in select tgrelid::regclass from pg_trigger where tgname = 'rollup_pending_note' loop
    execute format('drop trigger rollup_pending_note on %s', source);
  end loop;
end $$;`);
    this.addSql(`drop function rollup_pending_note();`);
    this.addSql(`drop table rollup_pending;`);
  }
}
