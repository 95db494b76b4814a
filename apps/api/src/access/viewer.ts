import { grantsFor, NO_GRANTS, type Grants, type Role } from './access.policy.js';

/** The signed-in account behind a request. */
export interface Account {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  isDemo: boolean;
}

/** How the caller proved who they are. */
export type Credential = { kind: 'session'; tokenHash: string } | { kind: 'token'; tokenId: number } | { kind: 'none' };

/** Who is asking, and what they may do: built once per request, read everywhere. */
export interface Viewer {
  account: Account | null;
  credential: Credential;
  grants: Grants;
  /** The caller's network address, for the audit log and the rate limit. */
  address: string | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ account: null, credential: { kind: 'none' as const }, grants: NO_GRANTS, address: null });

/** The command line (`npm run user`, `npm start` creating demo accounts): an admin with no account. */
export const SYSTEM: Viewer = Object.freeze({
  account: null,
  credential: { kind: 'none' as const },
  grants: grantsFor({ role: 'admin', recordAccess: true, contractProgrammeIds: [], serviceProgrammeIds: [], contractIds: [], qiProjectIds: [] }),
  address: 'command line',
});

/** The name the audit log keeps for the caller. */
export function actorOf(viewer: Viewer): string {
  if (viewer.account) return viewer.account.email;
  if (viewer === SYSTEM) return 'system (command line)';
  return viewer.address ? `anonymous@${viewer.address}` : 'anonymous';
}
