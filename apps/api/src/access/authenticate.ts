import type { SqlClient } from '../common/sql.client.js';
import { grantsFor, PUBLISHED_VIEW_GRANTS } from './access.policy.js';
import { AccessRepository, type ReachRow, type UserRow } from './access.repository.js';
import { API_TOKEN_PREFIX, hashSecret, looksLikeSecret, SESSION_PREFIX } from './secret.token.js';
import { ANONYMOUS, type Account, type Credential, type Viewer } from './viewer.js';
import type { ViewerCache } from './viewer.cache.js';

export const SESSION_COOKIE = 'hub_session';

/** What identifies a caller in an HTTP request. */
export interface RequestCredentials {
  authorization?: string | null;
  cookie?: string | null;
  address?: string | null;
}

/**
 * Works out who is asking: a bearer session or API token, or the dashboard's session cookie.
 * A missing, unknown, expired or revoked secret, or a disabled account, gives the anonymous
 * viewer (which sees nothing unless the published view is on), never an error that tells
 * which of those it was. With a `cache`, a sign-in read since the last change is not read again.
 */
export async function authenticate(sql: SqlClient, request: RequestCredentials, cache?: ViewerCache): Promise<Viewer> {
  const secret = bearerOf(request.authorization) ?? cookieOf(request.cookie, SESSION_COOKIE);
  const address = request.address ?? null;
  const repository = new AccessRepository(sql);
  if (secret && looksLikeSecret(secret)) {
    const tokenHash = hashSecret(secret);
    const kept = cache?.find(tokenHash);
    if (kept) return { ...kept, address };
    const generation = cache?.generation ?? null;
    const found = await viewerOfSecret(repository, secret, tokenHash);
    if (found) {
      cache?.keep(tokenHash, found.viewer, generation, found.endsAtMs);
      return { ...found.viewer, address };
    }
  }
  const kept = cache?.find(PUBLISHED_VIEW_KEY);
  if (kept) return { ...kept, address };
  const generation = cache?.generation ?? null;
  const published = await repository.setting('published_view');
  const viewer = published === true ? { ...ANONYMOUS, grants: PUBLISHED_VIEW_GRANTS } : ANONYMOUS;
  cache?.keep(PUBLISHED_VIEW_KEY, viewer, generation);
  return { ...viewer, address };
}

/** The anonymous caller's entry in the cache; no token hash (64 hex digits) can be this. */
const PUBLISHED_VIEW_KEY = 'published view';

async function viewerOfSecret(repository: AccessRepository, secret: string, tokenHash: string): Promise<{ viewer: Viewer; endsAtMs: number } | null> {
  if (secret.startsWith(SESSION_PREFIX)) {
    const user = await repository.userOfSession(tokenHash);
    return user && { viewer: await viewerOf(repository, user, { kind: 'session', tokenHash }, null), endsAtMs: user.ends_at_ms };
  }
  if (secret.startsWith(API_TOKEN_PREFIX)) {
    const user = await repository.userOfToken(tokenHash);
    return user && { viewer: await viewerOf(repository, user, { kind: 'token', tokenId: user.token_id }, null), endsAtMs: user.ends_at_ms };
  }
  return null;
}

/** The viewer of an enabled account: its role and scope rows (read with it, or else now) turned into grants. */
export async function viewerOf(
  repository: AccessRepository,
  user: UserRow & Partial<ReachRow>,
  credential: Credential,
  address: string | null,
): Promise<Viewer> {
  const reach = isReach(user) ? user : await repository.reachOf(user.id);
  const grants = grantsFor({
    role: user.role,
    recordAccess: user.record_access,
    contractProgrammeIds: reach.contract_programme_ids,
    serviceProgrammeIds: reach.service_programme_ids,
    contractIds: reach.contract_ids,
    qiProjectIds: reach.qi_project_ids,
  });
  return { account: toAccount(user), credential, grants, address };
}

const isReach = (row: Partial<ReachRow>): row is ReachRow =>
  row.contract_programme_ids !== undefined && row.service_programme_ids !== undefined && row.contract_ids !== undefined && row.qi_project_ids !== undefined;

export function toAccount(user: UserRow): Account {
  return { id: user.id, email: user.email, displayName: user.display_name, role: user.role, isDemo: user.is_demo };
}

function bearerOf(header: string | null | undefined): string | null {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match?.[1] ?? null;
}

function cookieOf(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}
