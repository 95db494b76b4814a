import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A server this hub started earlier and never stopped (its process was killed with -9, or
 * crashed), still holding the port and the data folder. PostgreSQL's own lock file,
 * postmaster.pid, names its process: if that process is alive and is a PostgreSQL server
 * on this very folder, it is ours.
 */
export interface LeftoverServer {
  pid: number;
  port: number | null;
  /** True when the hub that started it has gone; false while a running hub still owns it. */
  orphaned: boolean;
}

export function findLeftoverServer(dataDir: string): LeftoverServer | null {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const lines = readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  if (!runsOn(pid, dataDir)) return null;
  return { pid, port: Number.isInteger(port) && port > 0 ? port : null, orphaned: isOrphaned(pid) };
}

/** Asks the leftover server for a fast shutdown and waits until it has gone. */
export async function stopLeftoverServer(server: LeftoverServer, timeoutMs = 30_000): Promise<void> {
  process.kill(server.pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(server.pid)) {
    if (Date.now() > deadline)
      throw new Error(
        `the PostgreSQL server left running from an earlier start (process ${server.pid}) did not stop within ${timeoutMs / 1000} s: stop it with kill ${server.pid}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A server whose parent is no longer a Node.js process (it was re-parented to init or a
 * subreaper when its hub died) is orphaned; one whose parent is still a hub is in use.
 */
function isOrphaned(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent <= 1) return true;
    const program = readFileSync(`/proc/${parent}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return !/(^|\/)node$/.test(program);
  } catch {
    return true;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Linux: the process's command line names the postgres program and this data folder. */
function runsOn(pid: number, dataDir: string): boolean {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return /postgres$/.test(commandLine[0] ?? '') && commandLine.includes(dataDir);
  } catch {
    // No /proc (macOS): the lock file's own word, with the process alive, is taken.
    return true;
  }
}
