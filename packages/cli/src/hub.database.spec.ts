import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPortFree, startDatabase } from '@hub/db';
import { afterAll, describe, expect, it } from 'vitest';
import { unusedPort } from '@hub/db/testing';
import { openHubDatabase } from './hub.database.js';
import { readSettings } from './hub.settings.js';

const dataDir = mkdtempSync(join(tmpdir(), 'hub-attach-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('openHubDatabase', () => {
  it('attaches to the embedded server npm start runs, and leaves it running; starts it itself when it is not running', async () => {
    const port = await unusedPort();
    const settings = readSettings({ HUB_DATA_DIR: dataDir, HUB_DB_PORT: String(port) }, '/repo');
    const hub = await startDatabase({ dataDir, port });
    try {
      const attached = await openHubDatabase(settings);
      expect(attached.url).toBe(hub.url);
      await attached.stop();
      expect(await isPortFree(port)).toBe(false);
    } finally {
      await hub.stop();
    }
    const started = await openHubDatabase(settings);
    expect(started.url).toBe(hub.url);
    expect(await isPortFree(port)).toBe(false);
    await started.stop();
    expect(await isPortFree(port)).toBe(true);
  }, 120_000);

  it('joins the server npm start runs on the data folder even when this command was given another port', async () => {
    const hubPort = await unusedPort();
    const otherPort = hubPort + 1;
    const hub = await startDatabase({ dataDir, port: hubPort });
    try {
      const attached = await openHubDatabase(readSettings({ HUB_DATA_DIR: dataDir, HUB_DB_PORT: String(otherPort) }, '/repo'));
      expect(attached.url).toBe(hub.url);
      await attached.stop();
      expect(await isPortFree(hubPort)).toBe(false);
      expect(await isPortFree(otherPort)).toBe(true);
    } finally {
      await hub.stop();
    }
  }, 120_000);

  it("makes a new embedded server in a data folder that so far holds only the hub's key and demo files, and keeps them", async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'hub-fresh-'));
    try {
      writeFileSync(join(fresh, 'pseudonym.key'), `${'cd'.repeat(32)}\n`, { mode: 0o600 });
      const port = await unusedPort();
      const started = await openHubDatabase(readSettings({ HUB_DATA_DIR: fresh, HUB_DB_PORT: String(port) }, '/repo'));
      await started.stop();
      expect(readFileSync(join(fresh, 'pseudonym.key'), 'utf8')).toBe(`${'cd'.repeat(32)}\n`);
      expect(statSync(join(fresh, 'pseudonym.key')).mode & 0o777).toBe(0o600);
      // PostgreSQL's files have a folder of their own beside the hub's.
      expect(existsSync(join(fresh, 'postgres', 'PG_VERSION'))).toBe(true);
      expect(readdirSync(fresh).sort()).toEqual(['postgres', 'postgres.log', 'pseudonym.key']);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 120_000);
});
