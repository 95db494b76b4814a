import { Migration } from '@mikro-orm/migrations';

/**
 * Who may use the hub and what they did (docs/methods.md, "Access and audit"): accounts with
 * a role, their scopes as rows (so an admin changes them without a release), sign-in sessions
 * and personal API tokens stored only as hashes, the switches an admin sets, and an audit log
 * that nobody, the application included, can change or delete once written.
 */
export class Migration20261130000000_access extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table hub_user (
  id serial primary key,
  email text not null unique check (email = lower(email) and email ~ '^[^@\\s]+@[^@\\s]+$' and length(email) <= 254),
  display_name text not null check (length(display_name) between 1 and 200),
  role text not null check (role in ('commissioner','analyst','service_manager','qi_lead','admin')),
  -- scrypt parameters, salt and hash in one string; null for accounts that sign in only by single sign-on.
  password_hash text,
  oidc_issuer text,
  oidc_subject text,
  -- An admin's grant of pseudonymised record-level access to an analyst (other roles ignore it).
  record_access boolean not null default false,
  -- Demo accounts exist only on the synthetic town; an import refuses to run while any remain.
  is_demo boolean not null default false,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  unique (oidc_issuer, oidc_subject),
  check ((oidc_issuer is null) = (oidc_subject is null))
);

-- What a user's role applies to. A commissioner's contracts, a manager's services or
-- programmes, a QI lead's projects; no row of a kind means none of it (admins and analysts
-- need none: their role covers everything).
create table user_scope (
  user_id int not null references hub_user(id) on delete cascade,
  kind text not null check (kind in ('contract','service','programme','qi_project')),
  ref_id int not null check (ref_id > 0),
  primary key (user_id, kind, ref_id)
);

create table user_session (
  -- SHA-256 of the cookie's token, so a copy of the table signs nobody in.
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  user_id int not null references hub_user(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  check (expires_at > created_at)
);
create index user_session_user_idx on user_session(user_id);

create table api_token (
  id serial primary key,
  user_id int not null references hub_user(id) on delete cascade,
  name text not null check (length(name) between 1 and 100),
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  last_used_at timestamptz,
  check (expires_at > created_at)
);
create index api_token_user_idx on api_token(user_id);

create table hub_setting (
  key text primary key check (key in ('published_view', 'synthetic_town')),
  value jsonb not null,
  changed_at timestamptz not null default now(),
  changed_by int references hub_user(id)
);

create table audit_log (
  id bigserial primary key,
  at timestamptz not null default clock_timestamp(),
  user_id int references hub_user(id) on delete set null,
  -- The account's e-mail at the time, kept even if the account is later renamed or deleted.
  actor text not null,
  action text not null check (action ~ '^[a-z_]+\\.[a-z_]+$'),
  operation text,
  detail jsonb not null default '{}'::jsonb,
  row_count int check (row_count >= 0)
);
create index audit_log_at_idx on audit_log(at);
create index audit_log_user_idx on audit_log(user_id, at);

-- Append-only, whoever connects: updates, deletes and truncation raise an error. (Deleting
-- a user sets user_id null through the foreign key, which is an update, so it is allowed for
-- that column alone.)
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and new.id = old.id and new.at = old.at and new.actor = old.actor
     and new.action = old.action and new.operation is not distinct from old.operation
     and new.detail = old.detail and new.row_count is not distinct from old.row_count
     and new.user_id is null and old.user_id is not null then
    return new;
  end if;
  raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_no_change before update or delete on audit_log
  for each row execute function audit_log_append_only();
create function audit_log_no_truncate() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: TRUNCATE is not allowed' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_no_truncate();`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists audit_log;
drop function if exists audit_log_append_only();
drop function if exists audit_log_no_truncate();
drop table if exists hub_setting;
drop table if exists api_token;
drop table if exists user_session;
drop table if exists user_scope;
drop table if exists hub_user;`);
  }
}
