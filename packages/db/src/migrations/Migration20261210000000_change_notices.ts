import { Migration } from '@mikro-orm/migrations';

/**
 * Notices an API process listens for, so it can keep what it knows of the database in memory
 * without asking on every request (apps/api/src/cache/change.feed.ts; docs/methods.md, "Caching"):
 *
 * - `hub_data_version`, with the new version, whenever a write moves the data version on;
 * - `hub_access`, with the table's name, whenever what decides who a caller is and what they may
 *   reach changes: an account, its scope, a session or token ending, a setting.
 *
 * PostgreSQL delivers a notice only when the writing transaction commits, and never one from a
 * transaction that rolled back, so a listener never learns of a change it cannot yet read.
 * A new session or token is not noticed: nothing kept in memory can be made wrong by it.
 */
const ACCESS_TRIGGERS: readonly [table: string, events: string][] = [
  ['hub_user', 'update or delete or truncate'],
  ['user_scope', 'insert or update or delete or truncate'],
  ['user_session', 'update or delete or truncate'],
  ['api_token', 'update of revoked_at, expires_at, user_id or delete or truncate'],
  ['hub_setting', 'insert or update or delete or truncate'],
];

export class Migration20261210000000_change_notices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function data_version_notice() returns trigger language plpgsql as $$
begin
  perform pg_notify('hub_data_version', new.version::text);
  return null;
end $$;`);
    this.addSql(`create trigger data_version_notice after update on data_version for each row execute function data_version_notice();`);
    this.addSql(`create function access_notice() returns trigger language plpgsql as $$
begin
  perform pg_notify('hub_access', tg_table_name);
  return null;
end $$;`);
    for (const [table, events] of ACCESS_TRIGGERS) {
      this.addSql(`create trigger access_notice after ${events} on ${table} for each statement execute function access_notice();`);
    }
  }

  override async down(): Promise<void> {
    for (const [table] of ACCESS_TRIGGERS) this.addSql(`drop trigger access_notice on ${table};`);
    this.addSql(`drop function access_notice();`);
    this.addSql(`drop trigger data_version_notice on data_version;`);
    this.addSql(`drop function data_version_notice();`);
  }
}
