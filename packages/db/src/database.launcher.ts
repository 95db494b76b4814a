import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import net from 'node:net';
import pg from 'pg';
import { postgresBinaries, sharedHome } from './postgres/postgres.binaries.js';
import { findLeftoverServer, stopLeftoverServer } from './postgres/postgres.leftover.js';
import { initialiseCluster, startServer, type ServerProcess } from './postgres/postgres.server.js';
import { serverFlags } from './postgres/postgres.settings.js';
import { canReach, serverAccount, type ServerAccount } from './postgres/postgres.user.js';

/** A running database the hub can connect to, and how to let go of it. */
export interface RunningDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface DatabaseSettings {
  /** Use this server instead of starting one (PostgreSQL 15 or newer). */
  databaseUrl?: string;
  /** Where the embedded server keeps its files. */
  dataDir: string;
  port: number;
  /** The database to create and use inside the embedded server. */
  database?: string;
  log?: (line: string) => void;
}

/** A failure a user can act on: the launcher prints its message alone, without a stack. */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'hub-local-only';

export async function startDatabase(settings: DatabaseSettings): Promise<RunningDatabase> {
  if (settings.databaseUrl) {
    await checkReachable(settings.databaseUrl);
    return { url: settings.databaseUrl, embedded: false, stop: async () => {} };
  }
  return startEmbedded(settings);
}

async function startEmbedded(settings: DatabaseSettings): Promise<RunningDatabase> {
  const database = settings.database ?? 'wellbeing_hub';
  const server = await startEmbeddedServer(settings).catch((error: unknown) => {
    if (error instanceof DatabaseStartError) throw error;
    throw new DatabaseStartError(`The embedded PostgreSQL in ${resolve(settings.dataDir)} could not start: ${firstLine(error)}`);
  });
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${settings.port}/${database}`;
  await createDatabaseIfMissing(settings.port, database);
  let stopped = false;
  return {
    url,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/**
 * Where PostgreSQL keeps its files inside the hub's data folder: a `postgres` folder of its
 * own, so the hub's other files (the pseudonym key, the demo accounts) can sit beside it. A
 * folder made before that layout holds the cluster at its top, and is used as it is.
 */
export function clusterDir(dataDir: string): string {
  const folder = resolve(dataDir);
  return existsSync(join(folder, 'PG_VERSION')) ? folder : join(folder, 'postgres');
}

async function startEmbeddedServer(settings: DatabaseSettings): Promise<ServerProcess> {
  const account = serverAccount();
  openToServer(resolve(settings.dataDir), account);
  const dataDir = reachableDataDir(clusterDir(settings.dataDir), account, settings.log);
  const leftover = findLeftoverServer(dataDir);
  if (leftover && !leftover.orphaned) {
    throw new DatabaseStartError(
      `The database in ${dataDir} is in use by another running hub (its PostgreSQL is process ${leftover.pid}): stop that hub first, or set HUB_DATA_DIR to another folder.`,
    );
  }
  if (leftover) {
    settings.log?.(`Stopping the PostgreSQL left running by an earlier start (process ${leftover.pid}) before starting afresh`);
    await stopLeftoverServer(leftover);
  }
  if (!(await isPortFree(settings.port))) {
    throw new DatabaseStartError(
      `Port ${settings.port} is already in use, so the embedded PostgreSQL cannot start: set HUB_DB_PORT to a free port or stop the other server.`,
    );
  }
  const options = {
    binaries: postgresBinaries(account),
    account,
    dataDir,
    port: settings.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    flags: serverFlags(),
  };
  await initialiseCluster(options);
  return startServer(options);
}

/**
 * The hub's data folder is the hub's own, and may have been made owner-only for the key file
 * in it: let the server's account pass through it (execute, not read), so it can reach its
 * cluster folder, while the files beside it stay owner-only.
 */
function openToServer(hubDataDir: string, account: ServerAccount | null): void {
  mkdirSync(hubDataDir, { recursive: true });
  if (account && !canReach(account, hubDataDir, '-x')) chmodSync(hubDataDir, statSync(hubDataDir).mode | 0o011);
}

/**
 * The data folder as configured, or, where the server's account cannot enter the folder it is
 * in (root's home), a folder of its own under the shared home, named after the configured one
 * so each checkout keeps its own data.
 */
function reachableDataDir(dataDir: string, account: ServerAccount | null, log?: (line: string) => void): string {
  mkdirSync(dataDir, { recursive: true });
  if (!account) return dataDir;
  // The folder is the database's own: hand it to the server's account, as initdb expects.
  if (!existsSync(join(dataDir, 'PG_VERSION'))) chownSync(dataDir, account.uid, account.gid);
  if (canReach(account, dataDir, '-x')) return dataDir;
  const shared = sharedClusterDir(dataDir);
  mkdirSync(sharedHome(), { recursive: true, mode: 0o755 });
  log?.(`The postgres user cannot enter ${dataDir}, so the database files are kept in ${shared}`);
  writeFileSync(
    join(dataDir, 'WHERE-THE-DATA-IS.txt'),
    `The embedded PostgreSQL keeps this checkout's data in ${shared}\n(the postgres user cannot enter this folder). Delete both folders to start afresh.\n`,
  );
  return shared;
}

/** Where the cluster of a folder the server's account cannot enter is kept instead (reachableDataDir). */
function sharedClusterDir(dataDir: string): string {
  return join(sharedHome(), `data-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`);
}

/**
 * The port of the embedded server already running on this data folder (started by `npm start`
 * with whatever HUB_DB_PORT it was given), read from PostgreSQL's own lock file; null when none
 * runs. A command run beside the hub joins that server rather than starting a second one.
 */
export function runningEmbeddedPort(dataDir: string): number | null {
  const cluster = clusterDir(dataDir);
  for (const folder of [cluster, sharedClusterDir(cluster)]) {
    const server = findLeftoverServer(folder);
    if (server?.port) return server.port;
  }
  return null;
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** Fails with one clear line when the server cannot be reached or is too old. */
export async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version_num: string }>('show server_version_num');
    const version = Number(rows[0]?.server_version_num ?? 0);
    if (version < 150000) {
      throw new DatabaseStartError(`The database at ${redact(url)} runs PostgreSQL ${Math.floor(version / 10000)}; the hub needs 15 or newer.`);
    }
  } catch (error) {
    if (error instanceof DatabaseStartError) throw error;
    throw new DatabaseStartError(`Cannot reach the database at ${redact(url)} (DATABASE_URL): ${firstLine(error)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((done) => {
    const probe = net.createServer();
    probe.once('error', () => done(false));
    probe.once('listening', () => probe.close(() => done(true)));
    probe.listen(port, host);
  });
}

/** Hides the password in a connection string before it is printed. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparseable DATABASE_URL)';
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] || 'unknown error').trim();
}
