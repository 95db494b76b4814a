import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { unusedPort } from './testing/unused.port.js';
import { clusterDir, DatabaseStartError, isPortFree, startDatabase } from './database.launcher.js';
import { findLeftoverServer } from './postgres/postgres.leftover.js';
import { EMBEDDED_SERVER_SETTINGS } from './postgres/postgres.settings.js';

const dataDir = mkdtempSync(join(tmpdir(), 'hub-launcher-'));
const port = await unusedPort();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A hub-like process that starts the embedded database, says so, then waits to be killed. */
function startOwner(): Promise<{ kill(): Promise<void> }> {
  const script = `
    import { startDatabase } from ${JSON.stringify(resolve(import.meta.dirname, 'database.launcher.ts'))};
    await startDatabase({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
    console.log('ready');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ready, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) {
        ready({
          kill: () =>
            new Promise((gone) => {
              child.once('exit', () => gone());
              child.kill('SIGKILL');
            }),
        });
      }
    });
    child.once('exit', (code) => fail(new Error(`the owner exited with ${code}`)));
  });
}

async function count(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('select 1 as n')).rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe('the embedded database after its hub was killed', () => {
  it('refuses to take over a server that a running hub still owns, then recovers its own server once that hub is killed with -9', async () => {
    const owner = await startOwner();
    await expect(startDatabase({ dataDir, port })).rejects.toThrow(DatabaseStartError);
    await expect(startDatabase({ dataDir, port })).rejects.toThrow(/in use by another running hub/);

    await owner.kill();
    // The orphaned server still holds the port and its lock file, as after a real crash.
    expect(await isPortFree(port)).toBe(false);
    expect(findLeftoverServer(clusterDir(dataDir))?.orphaned).toBe(true);

    const logged: string[] = [];
    const database = await startDatabase({ dataDir, port, log: (line) => logged.push(line) });
    try {
      expect(logged.join('\n')).toMatch(/Stopping the PostgreSQL left running by an earlier start/);
      expect(await count(database.url)).toBe(1);
    } finally {
      await database.stop();
    }
    expect(await isPortFree(port)).toBe(true);
    expect(findLeftoverServer(clusterDir(dataDir))).toBeNull();
  }, 120_000);
});

describe.runIf(process.getuid?.() === 0)('the embedded database run by root from a folder other users cannot enter', () => {
  it('keeps its files where the postgres user can reach them, says where, and finds them again next time', async () => {
    const privateHome = mkdtempSync(join(tmpdir(), 'hub-private-'));
    const shared = mkdtempSync(join(tmpdir(), 'hub-shared-'));
    chmodSync(privateHome, 0o700);
    chmodSync(shared, 0o755);
    const previous = process.env.HUB_POSTGRES_HOME;
    process.env.HUB_POSTGRES_HOME = shared;
    const checkout = join(privateHome, '.data');
    const otherPort = port + 1;
    try {
      const logged: string[] = [];
      const first = await startDatabase({ dataDir: checkout, port: otherPort, log: (line) => logged.push(line) });
      await first.stop();
      expect(logged.join('\n')).toMatch(/The postgres user cannot enter .*\.data\/postgres, so the database files are kept in /);
      expect(readFileSync(join(checkout, 'postgres', 'WHERE-THE-DATA-IS.txt'), 'utf8')).toContain(shared);
      const kept = readdirSync(shared).filter((name) => name.startsWith('data-') && !name.endsWith('.log'));
      expect(kept).toHaveLength(1);
      expect(existsSync(join(shared, kept[0]!, 'PG_VERSION'))).toBe(true);

      const second = await startDatabase({ dataDir: checkout, port: otherPort });
      expect(await count(second.url)).toBe(1);
      await second.stop();
      expect(readdirSync(shared).filter((name) => name.startsWith('data-') && !name.endsWith('.log'))).toEqual(kept);
    } finally {
      if (previous === undefined) delete process.env.HUB_POSTGRES_HOME;
      else process.env.HUB_POSTGRES_HOME = previous;
      rmSync(privateHome, { recursive: true, force: true });
      rmSync(shared, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the embedded server configuration', () => {
  it('runs the embedded server with the analytics settings, and leaves a DATABASE_URL server as it is', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hub-settings-'));
    const embedded = await startDatabase({ dataDir: folder, port: port + 2 });
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    const show = async (name: string): Promise<string> => (await client.query<{ value: string }>(`select current_setting($1) as value`, [name])).rows[0]!.value;
    try {
      expect(await show('wal_level')).toBe('minimal');
      expect(await show('max_wal_senders')).toBe('0');
      expect(await show('max_wal_size')).toBe('4GB');
      expect(await show('checkpoint_timeout')).toBe('30min');
      expect(await show('maintenance_work_mem')).toBe('512MB');
      expect(await show('work_mem')).toBe('32MB');
      expect(await show('shared_buffers')).toBe('256MB');
      for (const [name, value] of Object.entries(EMBEDDED_SERVER_SETTINGS)) expect(await show(name), name).toBe(value);

      // The same server reached through a URL is an external one: the launcher only checks it.
      const external = await startDatabase({ databaseUrl: embedded.url, dataDir: folder, port: port + 2 });
      expect(external.embedded).toBe(false);
      expect(await show('wal_level')).toBe('minimal');
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from pg_file_settings where sourcefile like '%postgresql.auto.conf'`);
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await client.end();
      await embedded.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
