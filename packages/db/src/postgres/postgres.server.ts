import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PostgresBinaries } from './postgres.binaries.js';
import type { ServerAccount } from './postgres.user.js';

export interface ServerOptions {
  binaries: PostgresBinaries;
  account: ServerAccount | null;
  dataDir: string;
  port: number;
  user: string;
  password: string;
  flags: readonly string[];
}

const START_TIMEOUT_MS = 60_000;

/** Creates the cluster's files (initdb) when the folder holds none yet. */
export async function initialiseCluster(options: ServerOptions): Promise<void> {
  if (existsSync(join(options.dataDir, 'PG_VERSION'))) return;
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  if (options.account) chownSync(options.dataDir, options.account.uid, options.account.gid);
  const passwordFile = join(tmpdir(), `hub-pg-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 });
  if (options.account) chownSync(passwordFile, options.account.uid, options.account.gid);
  try {
    await run(options, options.binaries.initdb, [
      `--pgdata=${options.dataDir}`,
      '--auth=password',
      `--username=${options.user}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C',
    ]);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** A PostgreSQL server process this hub started, and how to stop it cleanly. */
export interface ServerProcess {
  stop(): Promise<void>;
}

/**
 * Starts the server with its log in `<data folder>.log` rather than a pipe to this process, so
 * that it outlives a hub killed with -9 unharmed (a later start then finds and stops it) and
 * never blocks on a full pipe. Ready is when it accepts a connection.
 */
export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const logFile = `${options.dataDir}.log`;
  const log = openSync(logFile, 'a', 0o600);
  const child = spawn(options.binaries.postgres, ['-D', options.dataDir, '-p', String(options.port), ...options.flags], {
    ...(options.account ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  let exited: string | null = null;
  child.once('exit', (code, signal) => (exited = `it exited (${signal ?? `code ${code}`})`));
  child.once('error', (error) => (exited = error.message));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await accepts(options))) {
    if (exited || Date.now() > deadline) {
      if (!exited) child.kill('SIGKILL');
      throw new Error(`${lastError(tail(logFile)) ?? exited ?? `it did not accept connections within ${START_TIMEOUT_MS / 1000} s`} (log: ${logFile})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { stop: () => stopChild(child) };
}

async function accepts(options: ServerOptions): Promise<boolean> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: options.port,
    user: options.user,
    password: options.password,
    database: 'postgres',
    connectionTimeoutMillis: 1000,
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-4000);
  } catch {
    return '';
  }
}

/** A fast shutdown (SIGINT): open transactions roll back, then the server exits. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

function run(options: ServerOptions, program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { ...(options.account ?? {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', (error) => reject(error));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(lastError(output) ?? `initdb exited with code ${code}`))));
  });
}

function lastError(output: string): string | undefined {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return [...lines].reverse().find((line) => /FATAL|ERROR|error|cannot|could not/.test(line));
}
