import { execFileSync, spawnSync } from 'node:child_process';

/** The account the server runs as: PostgreSQL refuses to run as root. */
export interface ServerAccount {
  uid: number;
  gid: number;
}

const RUNS_AS_ROOT = process.getuid?.() === 0;
const SYSTEM_USER = 'postgres';

/**
 * Where the hub runs as root (a container, a CI machine), the server runs as the `postgres`
 * system user, created here when missing. Elsewhere it runs as the current user.
 */
export function serverAccount(): ServerAccount | null {
  if (!RUNS_AS_ROOT) return null;
  return lookUp() ?? create();
}

/** Whether the server's account can reach `path` with the access `test` checks (-x, -r, -w). */
export function canReach(account: ServerAccount | null, path: string, test: '-x' | '-r' | '-w' = '-x'): boolean {
  if (!account) return true;
  const result = spawnSync('test', [test, path], { uid: account.uid, gid: account.gid });
  return result.status === 0;
}

function lookUp(): ServerAccount | null {
  try {
    const uid = Number(
      execFileSync('id', ['-u', SYSTEM_USER], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim(),
    );
    const gid = Number(
      execFileSync('id', ['-g', SYSTEM_USER], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim(),
    );
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

function create(): ServerAccount {
  try {
    spawnSync('groupadd', ['--system', SYSTEM_USER], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '--gid', SYSTEM_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', SYSTEM_USER], { stdio: 'ignore' });
  } catch {
    // Reported below if the account still does not exist.
  }
  const account = lookUp();
  if (!account) {
    throw new Error(
      'running as root, the embedded PostgreSQL needs a "postgres" system user and one could not be created: create it (useradd --system postgres) or set DATABASE_URL.',
    );
  }
  return account;
}
