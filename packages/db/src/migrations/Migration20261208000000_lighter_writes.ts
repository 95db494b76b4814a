import { Migration } from '@mikro-orm/migrations';

/**
 * Drops the indexes on a handful of values each (ward, ethnic category and group, age band,
 * decile, referral source) from referral_fact, person and referral. Every report filters those
 * alongside a date range or reads the monthly summaries, and a value a tenth of the rows share
 * is read faster by scanning the date range than through an index; yet every import paid for
 * keeping them up to date, one entry per row and index.
 */
const DROPPED = [
  ['referral_fact_ward_idx', 'referral_fact(ward_code)'],
  ['referral_fact_ethnic_idx', 'referral_fact(ethnic_code)'],
  ['referral_fact_ethnic_group_idx', 'referral_fact(ethnic_group)'],
  ['referral_fact_age_band_idx', 'referral_fact(age_band)'],
  ['referral_fact_deprivation_idx', 'referral_fact(deprivation_decile)'],
  ['person_ward_idx', 'person(ward_code)'],
  ['person_ethnic_idx', 'person(ethnic_code)'],
  ['referral_source_idx', 'referral(source_code)'],
] as const;

export class Migration20261208000000_lighter_writes extends Migration {
  override async up(): Promise<void> {
    for (const [name] of DROPPED) this.addSql(`drop index if exists ${name};`);
  }

  override async down(): Promise<void> {
    for (const [name, on] of DROPPED) this.addSql(`create index if not exists ${name} on ${on};`);
  }
}
