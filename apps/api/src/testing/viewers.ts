import type { Orm } from '@hub/db';
import type { Role } from '../access/access.policy.js';
import { AccessRepository, type ScopeRow } from '../access/access.repository.js';
import { viewerOf } from '../access/authenticate.js';
import { ANONYMOUS, type Viewer } from '../access/viewer.js';
import { SqlClient } from '../common/sql.client.js';

/** Who a test acts as: a role's plain account, or one with a record grant or scope of its own. */
export type ActAs =
  | Role
  | 'anonymous'
  | {
      role: Role;
      /** Distinguishes two accounts of one role, e.g. two managers of different services. */
      name?: string;
      recordAccess?: boolean;
      scopes?: readonly { kind: ScopeRow['kind']; refId: number }[];
    };

/**
 * The viewer of a real account (created on first use, with the scope given), so tests go
 * through the same policy, scopes and audit log as a signed-in user.
 */
export async function viewerAs(orm: Orm, who: ActAs): Promise<Viewer> {
  if (who === 'anonymous') return ANONYMOUS;
  const spec = typeof who === 'string' ? { role: who } : who;
  const email = `${spec.name ?? spec.role.replace('_', '-')}@test.hub`;
  const repository = new AccessRepository(new SqlClient(orm.em.fork()));
  const user =
    (await repository.userByEmail(email)) ??
    (await repository.insertUser({
      email,
      displayName: `Test ${spec.role}`,
      role: spec.role,
      passwordHash: null,
      recordAccess: spec.recordAccess ?? false,
      isDemo: false,
    }));
  await repository.updateUser(user.id, { role: spec.role, recordAccess: spec.recordAccess ?? false });
  await repository.replaceScopes(user.id, spec.scopes ?? []);
  const fresh = (await repository.userById(user.id))!;
  return viewerOf(repository, fresh, { kind: 'none' }, '127.0.0.1');
}
