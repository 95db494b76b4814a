import { InvalidArgumentError } from '../common/argument.error.js';
import { ROLES, type Role } from './access.policy.js';
import { ForbiddenError, UnauthenticatedError } from './access.errors.js';
import { AccessRepository, type ScopeRow, type TokenRow, type UserRow } from './access.repository.js';
import type { AuditLog, AuditQuery, AuditRow } from './audit.log.js';
import { toAccount, viewerOf } from './authenticate.js';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './password.hash.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret, SESSION_PREFIX } from './secret.token.js';
import type { Viewer } from './viewer.js';

/** How long a dashboard session lasts; a new sign-in is needed after it (HUB_SESSION_HOURS). */
const SESSION_HOURS = Number(process.env.HUB_SESSION_HOURS ?? 12);
const MAX_TOKEN_DAYS = 366;

export interface SignedIn {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  password?: string | null;
  recordAccess?: boolean | null;
  isDemo?: boolean;
  scopes?: readonly { kind: ScopeRow['kind']; refId: number }[];
}

export interface UserChange {
  displayName?: string | null;
  role?: Role | null;
  recordAccess?: boolean | null;
  disabled?: boolean | null;
  password?: string | null;
  scopes?: readonly { kind: ScopeRow['kind']; refId: number }[] | null;
}

const SIGN_IN_REFUSED = 'Sign-in refused: the e-mail or password is wrong, or the account is disabled.';

/** Sign-in, sign-out, personal API tokens and, for admins, accounts and settings. Every change is audited. */
export class AccountService {
  constructor(
    private readonly repository: AccessRepository,
    private readonly audit: AuditLog,
    private readonly viewer: Viewer,
  ) {}

  async signIn(email: string, password: string): Promise<SignedIn> {
    if (email.length > 254) throw new InvalidArgumentError('email', 'must be at most 254 characters.');
    if (password.length > 256) throw new InvalidArgumentError('password', 'must be at most 256 characters.');
    const user = await this.repository.userByEmail(normaliseEmail(email));
    // Verify against a decoy when there is no usable account, so the time taken does not tell.
    const valid = await verifyPassword(password, user?.password_hash ?? (await decoyHash()));
    if (!user || !user.password_hash || !valid || user.disabled_at) {
      await this.audit.write(this.viewer, { action: 'auth.sign_in_failed', detail: { email: normaliseEmail(email).slice(0, 254) } });
      throw new UnauthenticatedError(SIGN_IN_REFUSED);
    }
    return this.startSession(user, 'password');
  }

  /** Called by the single sign-on callback once the identity provider has vouched for the user. */
  async signInWithOidc(issuer: string, subject: string, email: string | null): Promise<SignedIn> {
    let user = await this.repository.userByOidc(issuer, subject);
    if (!user && email) {
      // First sign-on links an account an admin created for that e-mail; nobody gets an account by merely existing at the provider.
      const invited = await this.repository.userByEmail(normaliseEmail(email));
      if (invited && !invited.oidc_subject) user = await this.linkOidc(invited, issuer, subject);
    }
    if (!user || user.disabled_at) {
      await this.audit.write(this.viewer, { action: 'auth.sign_in_failed', detail: { issuer, subject, email } });
      throw new UnauthenticatedError('Single sign-on refused: no enabled hub account is linked to this identity. Ask an admin to create one for your e-mail.');
    }
    return this.startSession(user, 'oidc');
  }

  async signOut(): Promise<boolean> {
    const credential = this.viewer.credential;
    if (credential.kind !== 'session') return false;
    const revoked = await this.repository.revokeSession(credential.tokenHash);
    if (revoked) await this.audit.write(this.viewer, { action: 'auth.sign_out' });
    return revoked;
  }

  async createApiToken(name: string, days: number): Promise<{ token: string; row: TokenRow }> {
    const account = this.requireAccount();
    if (!name.trim() || name.length > 100) throw new InvalidArgumentError('name', 'must be 1 to 100 characters.');
    if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
      throw new InvalidArgumentError('expiresInDays', `must be a whole number of days from 1 to ${MAX_TOKEN_DAYS}.`);
    const token = newSecret(API_TOKEN_PREFIX);
    const row = await this.repository.insertToken(account.id, name.trim(), hashSecret(token), days);
    await this.audit.write(this.viewer, { action: 'token.create', detail: { tokenId: row.id, name: row.name, expiresAt: row.expires_at } });
    return { token, row };
  }

  async revokeApiToken(id: number): Promise<TokenRow> {
    const account = this.requireAccount();
    const row = await this.repository.revokeToken(id, this.viewer.grants.administer ? null : account.id);
    if (!row) throw new InvalidArgumentError('id', 'no API token of yours has this id.');
    await this.audit.write(this.viewer, { action: 'token.revoke', detail: { tokenId: id, ownerId: row.user_id } });
    return row;
  }

  myApiTokens(): Promise<TokenRow[]> {
    return this.repository.tokensOf(this.requireAccount().id);
  }

  async users(): Promise<{ users: UserRow[]; scopes: ScopeRow[] }> {
    this.requireAdmin();
    const users = await this.repository.users();
    return { users, scopes: await this.repository.scopesOf(users.map((user) => user.id)) };
  }

  async scopesOf(userId: number): Promise<ScopeRow[]> {
    return this.repository.scopesOf([userId]);
  }

  /** Creates an account; the caller is an admin, or the command line (which acts as the system). */
  async createUser(input: NewUser): Promise<UserRow> {
    this.requireAdmin();
    const email = checkEmail(input.email);
    const displayName = checkName(input.displayName);
    checkRole(input.role);
    if (input.password != null) checkPassword(input.password, 'password');
    if (await this.repository.userByEmail(email)) throw new InvalidArgumentError('input.email', `an account for ${email} already exists.`);
    await this.checkScopes(input.scopes ?? []);
    const user = await this.repository.insertUser({
      email,
      displayName,
      role: input.role,
      recordAccess: input.recordAccess ?? false,
      isDemo: input.isDemo ?? false,
      passwordHash: input.password ? await hashPassword(input.password) : null,
    });
    await this.repository.replaceScopes(user.id, input.scopes ?? []);
    await this.audit.write(this.viewer, {
      action: 'user.create',
      detail: { userId: user.id, email, role: input.role, recordAccess: user.record_access, scopes: input.scopes ?? [] },
    });
    return user;
  }

  async updateUser(id: number, change: UserChange): Promise<UserRow> {
    this.requireAdmin();
    if (change.role != null) checkRole(change.role);
    if (change.password != null) checkPassword(change.password, 'input.password');
    if (change.scopes != null) await this.checkScopes(change.scopes);
    if (change.disabled === true && id === this.viewer.account?.id) throw new InvalidArgumentError('input.disabled', 'you cannot disable your own account.');
    const user = await this.repository.updateUser(id, {
      displayName: change.displayName != null ? checkName(change.displayName) : undefined,
      role: change.role ?? undefined,
      recordAccess: change.recordAccess ?? undefined,
      disabled: change.disabled ?? undefined,
      passwordHash: change.password != null ? await hashPassword(change.password) : undefined,
    });
    if (!user) throw new InvalidArgumentError('id', 'no account has this id.');
    if (change.scopes != null) await this.repository.replaceScopes(id, change.scopes);
    // A disabled account, a new role or a new password ends every open session of that user.
    if (change.disabled || change.role != null || change.password != null) await this.repository.revokeSessionsOf(id);
    const { password, ...audited } = change;
    await this.audit.write(this.viewer, { action: 'user.update', detail: { userId: id, ...audited, passwordChanged: password != null } });
    return user;
  }

  async auditEntries(query: AuditQuery): Promise<AuditRow[]> {
    this.requireAdmin();
    if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 500)
      throw new InvalidArgumentError('first', 'must be a whole number from 1 to 500.');
    return this.audit.list(query);
  }

  async publishedView(): Promise<boolean> {
    return (await this.repository.setting('published_view')) === true;
  }

  async setPublishedView(enabled: boolean): Promise<boolean> {
    const admin = this.requireAdmin();
    await this.repository.saveSetting('published_view', enabled, admin?.id ?? null);
    await this.audit.write(this.viewer, { action: 'setting.change', detail: { key: 'published_view', value: enabled } });
    return enabled;
  }

  private async startSession(user: UserRow, method: 'password' | 'oidc'): Promise<SignedIn> {
    const token = newSecret(SESSION_PREFIX);
    const expiresAt = await this.repository.insertSession(hashSecret(token), user.id, SESSION_HOURS);
    const viewer = await viewerOf(this.repository, user, { kind: 'session', tokenHash: hashSecret(token) }, this.viewer.address);
    await this.audit.write(viewer, { action: 'auth.sign_in', detail: { method, account: toAccount(user).email } });
    return { token, expiresAt, viewer };
  }

  private async linkOidc(user: UserRow, issuer: string, subject: string): Promise<UserRow> {
    await this.repository.linkOidc(user.id, issuer, subject);
    return (await this.repository.userById(user.id))!;
  }

  private async checkScopes(scopes: readonly { kind: ScopeRow['kind']; refId: number }[]): Promise<void> {
    for (const kind of ['contract', 'service', 'programme', 'qi_project'] as const) {
      const ids = scopes.filter((scope) => scope.kind === kind).map((scope) => scope.refId);
      if (ids.length === 0) continue;
      const missing = await this.repository.missingRefs(kind, ids);
      if (missing.length) throw new InvalidArgumentError('input.scopes', `no ${kind.replace('_', ' ')} has the id ${missing.join(', ')}.`);
    }
  }

  private requireAccount() {
    if (!this.viewer.account) throw new UnauthenticatedError();
    return this.viewer.account;
  }

  /** An admin's account, or null for the command line, which acts as the system. */
  private requireAdmin() {
    if (this.viewer.grants.administer) return this.viewer.account;
    const account = this.requireAccount();
    throw new ForbiddenError(`Only an admin can manage accounts and settings; you are signed in as ${account.role.replace('_', ' ')}.`);
  }
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function checkEmail(raw: string): string {
  const email = normaliseEmail(raw);
  if (email.length > 254 || !/^[^@\s]+@[^@\s]+$/.test(email) || email.includes('\0')) {
    throw new InvalidArgumentError('input.email', 'must be an e-mail address such as name@example.org.');
  }
  return email;
}

function checkName(raw: string): string {
  const name = raw.trim();
  if (name.length < 1 || name.length > 200 || name.includes('\0')) throw new InvalidArgumentError('input.displayName', 'must be 1 to 200 characters.');
  return name;
}

function checkRole(role: string): void {
  if (!ROLES.includes(role as Role)) throw new InvalidArgumentError('input.role', `must be one of ${ROLES.join(', ')}.`);
}

function checkPassword(password: string, argumentName: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new InvalidArgumentError(argumentName, `${problem}.`);
}
