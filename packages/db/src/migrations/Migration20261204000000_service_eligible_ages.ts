import { Migration } from '@mikro-orm/migrations';

/**
 * The ages a service is for (docs/methods.md, "Uptake gaps"): population shares and rates are
 * taken over the residents a service could see, 16 and over unless a service says otherwise.
 * A null upper age means no upper limit.
 */
export class Migration20261204000000_service_eligible_ages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table service
      add column eligible_min_age smallint not null default 16 check (eligible_min_age >= 0),
      add column eligible_max_age smallint check (eligible_max_age is null or eligible_max_age >= eligible_min_age);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table service drop column eligible_max_age, drop column eligible_min_age;`);
  }
}
