import type { Reach } from './access.policy.js';
import { toInstant, type ScopeRow, type TokenRow, type UserRow } from './access.repository.js';
import type { AuditRow } from './audit.log.js';
import { ApiTokenInfo, AuditLogEntry, CurrentUser, FigurePolicy, ScopeKind, UserAccount, UserRole } from './account.type.js';
import type { Viewer } from './viewer.js';

export function toCurrentUser(viewer: Viewer): CurrentUser | null {
  const { account, grants } = viewer;
  if (!account) return null;
  const programmes = grants.records !== 'none' ? grants.records : grants.aggregates;
  return Object.assign(new CurrentUser(), {
    id: String(account.id),
    email: account.email,
    displayName: account.displayName,
    role: account.role as UserRole,
    isDemo: account.isDemo,
    canReadRecords: grants.records !== 'none',
    canAdminister: grants.administer,
    figures: grants.disclosure.suppressSmallCounts ? FigurePolicy.DISCLOSURE_CONTROLLED : FigurePolicy.EXACT,
    programmeIds: idsOf(programmes === 'none' ? [] : programmes),
    contractIds: idsOf(grants.contracts),
    qiProjectIds: idsOf(grants.qiProjects),
  });
}

export function toUserAccount(user: UserRow, scopes: readonly ScopeRow[]): UserAccount {
  return Object.assign(new UserAccount(), {
    id: String(user.id),
    email: user.email,
    displayName: user.display_name,
    role: user.role as UserRole,
    recordAccess: user.record_access,
    isDemo: user.is_demo,
    hasPassword: user.password_hash !== null,
    hasSingleSignOn: user.oidc_subject !== null,
    disabledAt: toInstant(user.disabled_at),
    createdAt: toInstant(user.created_at),
    scopes: scopes.filter((scope) => scope.user_id === user.id).map((scope) => ({ kind: scope.kind as ScopeKind, id: String(scope.ref_id) })),
  });
}

export function toApiTokenInfo(row: TokenRow): ApiTokenInfo {
  return Object.assign(new ApiTokenInfo(), {
    id: String(row.id),
    name: row.name,
    createdAt: toInstant(row.created_at),
    expiresAt: toInstant(row.expires_at),
    revokedAt: toInstant(row.revoked_at),
    lastUsedAt: toInstant(row.last_used_at),
  });
}

export function toAuditLogEntry(row: AuditRow): AuditLogEntry {
  return Object.assign(new AuditLogEntry(), {
    id: row.id,
    at: toInstant(row.at),
    userId: row.user_id === null ? null : String(row.user_id),
    actor: row.actor,
    action: row.action,
    operation: row.operation,
    detail: row.detail,
    rowCount: row.row_count,
  });
}

function idsOf(reach: Reach): string[] | null {
  return reach === 'all' ? null : reach.map(String);
}
