import { Migration } from '@mikro-orm/migrations';

/**
 * Two per-row costs every imported person paid for nothing:
 *
 * - The pseudonym check `~ '^[0-9a-f]{64}$'` made PostgreSQL's regular-expression engine unroll
 *   the 64 repeats for each row; it cost more than the person's four indexes together. "64
 *   characters, none outside 0-9 and a-f" is the same rule, checked in a fifth of the time.
 * - Inserting people noted the referrals of each new person for the rollups, but a person who
 *   has just been created has none (a referral can only point at a person that exists), so the
 *   note's lookup is skipped for an insert.
 */
const NOTE_REFERRALS = (personInsert: string) => `
create or replace function rollup_dirty_note() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'person' then
    ${personInsert}
    insert into rollup_dirty (referral_id, table_name) select r.id, tg_table_name from referral r where r.person_id in (select id from changed_rows);
  elsif tg_table_name = 'referral' then
    insert into rollup_dirty (referral_id, table_name) select id, tg_table_name from changed_rows;
  else
    insert into rollup_dirty (referral_id, table_name) select distinct referral_id, tg_table_name from changed_rows;
  end if;
  return null;
end $$;`;

export class Migration20261209000000_cheaper_row_checks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table person drop constraint person_pseudonym_check,
      add constraint person_pseudonym_check check (length(pseudonym) = 64 and pseudonym !~ '[^0-9a-f]');`);
    this.addSql(NOTE_REFERRALS(`if tg_op = 'INSERT' then return null; end if;`));
  }

  override async down(): Promise<void> {
    this.addSql(`alter table person drop constraint person_pseudonym_check, add constraint person_pseudonym_check check (pseudonym ~ '^[0-9a-f]{64}$');`);
    this.addSql(NOTE_REFERRALS(''));
  }
}
