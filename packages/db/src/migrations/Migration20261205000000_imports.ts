import { Migration } from '@mikro-orm/migrations';

/**
 * Imports of services' files (docs/import.md): a referral keeps the service's own identifier, so
 * a re-import finds it again; each import is a run with its counts, and rows that failed
 * validation are kept, with their reasons, in quarantine.
 */
export class Migration20261205000000_imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table referral
  add column external_id text check (length(external_id) between 1 and 100),
  add column external_service_id int references service(id),
  add constraint referral_external_scope_check check ((external_id is null) = (external_service_id is null)),
  -- A service's case-management system numbers its own referrals; the hub's ids mean nothing to it.
  add constraint referral_external_key unique (external_service_id, external_id);

create table import_run (
  id serial primary key,
  kind text not null check (kind ~ '^[a-z-]{2,40}$'),
  file_name text not null check (length(file_name) between 1 and 255),
  file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  user_id int references hub_user(id) on delete set null,
  -- The account's e-mail at the time, as in the audit log.
  actor text not null,
  status text not null check (status in ('running','completed','failed')),
  rows_read int not null default 0 check (rows_read >= 0),
  inserted int not null default 0 check (inserted >= 0),
  updated int not null default 0 check (updated >= 0),
  unchanged int not null default 0 check (unchanged >= 0),
  quarantined int not null default 0 check (quarantined >= 0),
  message text,
  started_at timestamptz not null default clock_timestamp(),
  finished_at timestamptz,
  check (status = 'running' or finished_at is not null),
  check (status <> 'completed' or inserted + updated + unchanged + quarantined = rows_read)
);
create index import_run_file_idx on import_run(file_sha256, kind);

create table import_quarantine (
  run_id int not null references import_run(id) on delete cascade,
  row_number int not null check (row_number >= 2),
  -- The row as read, with the NHS number replaced by its pseudonym (blank when it was invalid).
  row jsonb not null,
  reasons text[] not null check (cardinality(reasons) > 0),
  primary key (run_id, row_number)
);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table import_quarantine; drop table import_run;
alter table referral drop constraint referral_external_key, drop constraint referral_external_scope_check, drop column external_service_id, drop column external_id;`);
  }
}
