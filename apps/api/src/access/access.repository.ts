import type { SqlClient } from '../common/sql.client.js';
import type { Role } from './access.policy.js';

export interface UserRow {
  id: number;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  record_access: boolean;
  is_demo: boolean;
  disabled_at: string | null;
  created_at: string;
}
export interface ScopeRow {
  user_id: number;
  kind: 'contract' | 'service' | 'programme' | 'qi_project';
  ref_id: number;
}
export interface ReachRow {
  contract_programme_ids: number[];
  service_programme_ids: number[];
  contract_ids: number[];
  qi_project_ids: number[];
}
/** Timestamps come back as PostgreSQL's text (the ORM's driver settings); `toInstant` reads them. */
export interface TokenRow {
  id: number;
  user_id: number;
  name: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** When a session or token stops working, in milliseconds since 1970 (what Date.now() counts). */
export interface CredentialEnd {
  ends_at_ms: number;
}
const endsAtMs = (alias: string) => `(extract(epoch from ${alias}.expires_at) * 1000)::float8 as ends_at_ms`;

const USER_COLUMNS = `id, email, display_name, role, password_hash, oidc_issuer, oidc_subject, record_access, is_demo, disabled_at, created_at`;

/** The four arrays of ReachRow for the account whose id is `userId` (an SQL expression). */
const reachColumns = (userId: string) => `
  array(select distinct p.id from user_scope us
        join contract_provider cp on cp.contract_id = us.ref_id
        join service s on s.provider_id = cp.organisation_id
        join programme p on p.service_id = s.id
        where us.user_id = ${userId} and us.kind = 'contract' order by 1) as contract_programme_ids,
  array(select distinct p.id from user_scope us join programme p
        on (us.kind = 'service' and p.service_id = us.ref_id) or (us.kind = 'programme' and p.id = us.ref_id)
        where us.user_id = ${userId} order by 1) as service_programme_ids,
  array(select ref_id from user_scope where user_id = ${userId} and kind = 'contract' order by 1) as contract_ids,
  array(select ref_id from user_scope where user_id = ${userId} and kind = 'qi_project' order by 1) as qi_project_ids`;

/** Every query about accounts, their scopes, sessions, tokens and settings. */
export class AccessRepository {
  constructor(private readonly sql: SqlClient) {}

  userByEmail(email: string): Promise<UserRow | null> {
    return this.sql.one(`select ${USER_COLUMNS} from hub_user where email = ?`, [email]);
  }

  userById(id: number): Promise<UserRow | null> {
    return this.sql.one(`select ${USER_COLUMNS} from hub_user where id = ?`, [id]);
  }

  userByOidc(issuer: string, subject: string): Promise<UserRow | null> {
    return this.sql.one(`select ${USER_COLUMNS} from hub_user where oidc_issuer = ? and oidc_subject = ?`, [issuer, subject]);
  }

  users(): Promise<UserRow[]> {
    return this.sql.rows(`select ${USER_COLUMNS} from hub_user order by email`);
  }

  /**
   * The session's user when the session is live and the account enabled, with what their scope
   * reaches and when the session ends: one statement, since every signed-in request not answered
   * from memory asks it.
   */
  userOfSession(tokenHash: string): Promise<(UserRow & ReachRow & CredentialEnd) | null> {
    return this.sql.one(
      `select ${USER_COLUMNS.split(', ')
        .map((c) => `u.${c}`)
        .join(', ')}, ${reachColumns('u.id')}, ${endsAtMs('s')} from user_session s join hub_user u on u.id = s.user_id
       where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and u.disabled_at is null`,
      [tokenHash],
    );
  }

  /**
   * The token's user and id when the token is live and the account enabled. It is marked used
   * at most once a minute: a write on every request would cost each call a round trip and a
   * row lock, for a "last used" that needs no finer grain.
   */
  async userOfToken(tokenHash: string): Promise<(UserRow & ReachRow & CredentialEnd & { token_id: number }) | null> {
    const row = await this.sql.one<UserRow & ReachRow & CredentialEnd & { token_id: number; stale: boolean }>(
      `select ${USER_COLUMNS.split(', ')
        .map((c) => `u.${c}`)
        .join(', ')}, ${reachColumns('u.id')}, ${endsAtMs('t')}, t.id as token_id,
              (t.last_used_at is null or t.last_used_at < now() - interval '1 minute') as stale
       from api_token t join hub_user u on u.id = t.user_id
       where t.token_hash = ? and t.revoked_at is null and t.expires_at > now() and u.disabled_at is null`,
      [tokenHash],
    );
    if (!row) return null;
    if (row.stale) await this.sql.rows(`update api_token set last_used_at = now() where id = ?`, [row.token_id]);
    const { stale: _stale, ...user } = row;
    return user;
  }

  /** The programmes, contracts and QI projects a user's scope rows reach. */
  async reachOf(userId: number): Promise<ReachRow> {
    const row = await this.sql.one<ReachRow>(`with account as (select ?::int as id) select ${reachColumns('account.id')} from account`, [userId]);
    return row ?? { contract_programme_ids: [], service_programme_ids: [], contract_ids: [], qi_project_ids: [] };
  }

  scopesOf(userIds: readonly number[]): Promise<ScopeRow[]> {
    return this.sql.rows(`select user_id, kind, ref_id from user_scope where user_id = any(?::int[]) order by user_id, kind, ref_id`, [userIds]);
  }

  async insertUser(user: {
    email: string;
    displayName: string;
    role: Role;
    passwordHash: string | null;
    recordAccess: boolean;
    isDemo: boolean;
    oidcIssuer?: string | null;
    oidcSubject?: string | null;
  }): Promise<UserRow> {
    const row = await this.sql.one<UserRow>(
      `insert into hub_user (email, display_name, role, password_hash, record_access, is_demo, oidc_issuer, oidc_subject)
       values (?, ?, ?, ?, ?, ?, ?, ?) returning ${USER_COLUMNS}`,
      [user.email, user.displayName, user.role, user.passwordHash, user.recordAccess, user.isDemo, user.oidcIssuer ?? null, user.oidcSubject ?? null],
    );
    return row!;
  }

  async updateUser(
    id: number,
    change: { displayName?: string; role?: Role; recordAccess?: boolean; disabled?: boolean; passwordHash?: string },
  ): Promise<UserRow | null> {
    return this.sql.one(
      `update hub_user set
         display_name = coalesce(?, display_name),
         role = coalesce(?, role),
         record_access = coalesce(?, record_access),
         disabled_at = case when ?::boolean is null then disabled_at when ?::boolean then coalesce(disabled_at, now()) else null end,
         password_hash = coalesce(?, password_hash)
       where id = ? returning ${USER_COLUMNS}`,
      [
        change.displayName ?? null,
        change.role ?? null,
        change.recordAccess ?? null,
        change.disabled ?? null,
        change.disabled ?? null,
        change.passwordHash ?? null,
        id,
      ],
    );
  }

  async replaceScopes(userId: number, scopes: readonly { kind: ScopeRow['kind']; refId: number }[]): Promise<void> {
    await this.sql.rows(`delete from user_scope where user_id = ?`, [userId]);
    if (scopes.length === 0) return;
    await this.sql.rows(`insert into user_scope (user_id, kind, ref_id) select ?, k, r from unnest(?::text[], ?::int[]) as t(k, r) on conflict do nothing`, [
      userId,
      scopes.map((scope) => scope.kind),
      scopes.map((scope) => scope.refId),
    ]);
  }

  /** Ids that exist, per kind, so a scope never names something that is not there. */
  async missingRefs(kind: ScopeRow['kind'], ids: readonly number[]): Promise<number[]> {
    const table = { contract: 'contract', service: 'service', programme: 'programme', qi_project: 'qi_project' }[kind];
    const rows = await this.sql.rows<{ id: number }>(`select unnest(?::int[]) as id except select id from ${table}`, [ids]);
    return rows.map((row) => row.id).sort((a, b) => a - b);
  }

  async insertSession(tokenHash: string, userId: number, hours: number): Promise<Date> {
    const row = await this.sql.one<{ expires_at: string }>(
      `insert into user_session (token_hash, user_id, expires_at) values (?, ?, now() + make_interval(hours => ?)) returning expires_at`,
      [tokenHash, userId, hours],
    );
    return toInstant(row!.expires_at);
  }

  async revokeSession(tokenHash: string): Promise<boolean> {
    const rows = await this.sql.rows(`update user_session set revoked_at = now() where token_hash = ? and revoked_at is null returning 1`, [tokenHash]);
    return rows.length > 0;
  }

  async revokeSessionsOf(userId: number): Promise<void> {
    await this.sql.rows(`update user_session set revoked_at = now() where user_id = ? and revoked_at is null`, [userId]);
  }

  async insertToken(userId: number, name: string, tokenHash: string, days: number): Promise<TokenRow> {
    const row = await this.sql.one<TokenRow>(
      `insert into api_token (user_id, name, token_hash, expires_at) values (?, ?, ?, now() + make_interval(days => ?))
       returning id, user_id, name, created_at, expires_at, revoked_at, last_used_at`,
      [userId, name, tokenHash, days],
    );
    return row!;
  }

  tokensOf(userId: number): Promise<TokenRow[]> {
    return this.sql.rows(
      `select id, user_id, name, created_at, expires_at, revoked_at, last_used_at from api_token where user_id = ? order by created_at desc, id desc`,
      [userId],
    );
  }

  /** Revokes a live token; `userId` null lets an admin revoke anyone's. */
  async revokeToken(id: number, userId: number | null): Promise<TokenRow | null> {
    return this.sql.one(
      `update api_token set revoked_at = coalesce(revoked_at, now()) where id = ? and (?::int is null or user_id = ?::int)
       returning id, user_id, name, created_at, expires_at, revoked_at, last_used_at`,
      [id, userId, userId],
    );
  }

  async linkOidc(userId: number, issuer: string, subject: string): Promise<void> {
    await this.sql.rows(`update hub_user set oidc_issuer = ?, oidc_subject = ? where id = ? and oidc_subject is null`, [issuer, subject, userId]);
  }

  async setting(key: string): Promise<unknown> {
    const row = await this.sql.one<{ value: unknown }>(`select value from hub_setting where key = ?`, [key]);
    return row?.value ?? null;
  }

  async saveSetting(key: string, value: unknown, userId: number | null): Promise<void> {
    await this.sql.rows(
      `insert into hub_setting (key, value, changed_by) values (?, ?::jsonb, ?)
       on conflict (key) do update set value = excluded.value, changed_at = now(), changed_by = excluded.changed_by`,
      [key, JSON.stringify(value), userId],
    );
  }
}

/** PostgreSQL's text for a timestamptz ('2026-11-30 08:45:07.942945+00') as a Date. */
export function toInstant(value: string): Date;
export function toInstant(value: string | null): Date | null;
export function toInstant(value: string | null): Date | null {
  if (value === null) return null;
  return new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}
