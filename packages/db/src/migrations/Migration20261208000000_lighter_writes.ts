import { Migration } from '@mikro-orm/migrations';

/**
 * Drops referral_fact's indexes on values a tenth of the rows or more share (ward, ethnic
 * category and group, age band, decile). Reports filter those alongside a date range, or read
 * the monthly summaries instead, and such a value is found faster by scanning the date range
 * than through an index; yet every import paid for keeping them up to date, one entry per row
 * and index. The records list keeps its indexes on person and referral: it filters the live
 * tables by one ward or source across every year, with no date range to scan instead.
 */
const DROPPED = [
  ['referral_fact_ward_idx', 'referral_fact(ward_code)'],
  ['referral_fact_ethnic_idx', 'referral_fact(ethnic_code)'],
  ['referral_fact_ethnic_group_idx', 'referral_fact(ethnic_group)'],
  ['referral_fact_age_band_idx', 'referral_fact(age_band)'],
  ['referral_fact_deprivation_idx', 'referral_fact(deprivation_decile)'],
] as const;

export class Migration20261208000000_lighter_writes extends Migration {
  override async up(): Promise<void> {
    for (const [name] of DROPPED) this.addSql(`drop index if exists ${name};`);
  }

  override async down(): Promise<void> {
    for (const [name, on] of DROPPED) this.addSql(`create index if not exists ${name} on ${on};`);
  }
}
