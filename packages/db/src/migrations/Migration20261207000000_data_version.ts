import { Migration } from '@mikro-orm/migrations';

/**
 * What the API keys its cached analytics answers on (docs/methods.md, "Caching"): one number,
 * moved on by every statement that writes a table reports read. The number is a column of a
 * one-row table, changed by an ordinary UPDATE inside the writer's transaction, so it becomes
 * visible at the very moment the writer's data does, to every API process on the database.
 * A sequence would not do: nextval is seen by others before the writer commits, so a reader
 * could compute from the old data and keep the answer under the new number.
 *
 * The trigger is per statement, so a load of a million rows moves the number once. Writers of
 * these tables queue on the one row until they commit; a bulk load that writes from several
 * transactions at once can `set local hub.defer_data_version = 'on'` in each and call
 * `data_version_bump()` once when it is done. Tables that only accounts, sessions, tokens, the
 * audit log and import runs live in are left out: reports never read them, and a sign-in must
 * not empty every cache. A later migration that adds a table reports read calls
 * `select data_version_track('the_table')`.
 */
export class Migration20261207000000_data_version extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table data_version (
      only_row boolean primary key default true check (only_row),
      version bigint not null default 0
    );`);
    this.addSql(`insert into data_version default values;`);
    this.addSql(`create function data_version_bump() returns void language sql as $$ update data_version set version = version + 1 $$;`);
    this.addSql(`create function data_version_note() returns trigger language plpgsql as $$
begin
  if coalesce(current_setting('hub.defer_data_version', true), '') <> 'on' then
    perform data_version_bump();
  end if;
  return null;
end $$;`);
    this.addSql(`create function data_version_track(source regclass) returns void language plpgsql as $$
begin
  execute format('create trigger data_version_note after insert or update or delete or truncate on %s for each statement execute function data_version_note()', source);
end $$;`);
    this.addSql(`select data_version_track(c.oid::regclass) from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
        and c.relname not in ('data_version', 'mikro_orm_migrations', 'hub_user', 'user_scope', 'user_session', 'api_token', 'audit_log', 'import_run', 'import_quarantine')
      order by c.relname;`);
  }

  override async down(): Promise<void> {
    // Dropping the trigger function drops every trigger that calls it.
    this.addSql(`drop function data_version_note() cascade;`);
    this.addSql(`drop function data_version_track(regclass);`);
    this.addSql(`drop function data_version_bump();`);
    this.addSql(`drop table data_version;`);
  }
}
