import { Migration } from '@mikro-orm/migrations';

/**
 * When the reporting rollups were last rebuilt, kept as a hub setting that refreshRollups
 * writes, so the dashboard can say how fresh its figures are (docs/methods.md, "How recent the data are").
 */
export class Migration20261205090000_rollup_refresh_time extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table hub_setting drop constraint hub_setting_key_check,
      add constraint hub_setting_key_check check (key in ('published_view', 'synthetic_town', 'rollups_refreshed'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from hub_setting where key = 'rollups_refreshed';`);
    this.addSql(`alter table hub_setting drop constraint hub_setting_key_check,
      add constraint hub_setting_key_check check (key in ('published_view', 'synthetic_town'));`);
  }
}
