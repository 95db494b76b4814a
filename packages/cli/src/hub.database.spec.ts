import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPortFree, startDatabase } from '@hub/db';
import { afterAll, describe, expect, it } from 'vitest';
import { openHubDatabase } from './hub.database.js';
import { readSettings } from './hub.settings.js';

const dataDir = mkdtempSync(join(tmpdir(), 'hub-attach-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('openHubDatabase', () => {
  it('attaches to the embedded server npm start runs, and leaves it running; starts it itself when it is not running', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
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
});
