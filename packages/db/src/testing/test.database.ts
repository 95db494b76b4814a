import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startDatabase, type RunningDatabase } from '../database.launcher.js';
import { unusedPort } from './unused.port.js';
import { openOrm, migrate } from '../orm.js';

/**
 * A real, freshly migrated PostgreSQL for one test run. With HUB_TEST_DATABASE_URL (or
 * DATABASE_URL) set it creates a new database on that server; otherwise it starts an
 * embedded server in a temporary folder that is removed afterwards.
 */
export async function startTestDatabase(name = 'hub_test'): Promise<RunningDatabase> {
  const external = process.env.HUB_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const database = `${name}_${process.pid}_${Date.now().toString(36)}`;
  const running = external ? await createScratchDatabase(external, database) : await startScratchServer(database);
  const orm = await openOrm(running.url);
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
  }
  return running;
}

async function startScratchServer(database: string): Promise<RunningDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-test-pg-'));
  const port = await unusedPort();
  const server = await startDatabase({ dataDir, port, database });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function createScratchDatabase(serverUrl: string, database: string): Promise<RunningDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    embedded: false,
    stop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists "${database}" with (force)`);
      await client.end();
    },
  };
}
