import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPortFree } from '@hub/db';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { unusedPort } from '@hub/db/testing';
import { launchHub } from './hub.launcher.js';
import { readSettings } from './hub.settings.js';

const dataDir = mkdtempSync(join(tmpdir(), 'hub-launch-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('launchHub', () => {
  it('refuses to start while other users can read the pseudonym key file, says how to fix it, and leaves nothing running', async () => {
    const file = join(dataDir, 'pseudonym.key');
    writeFileSync(file, `${'ab'.repeat(32)}\n`);
    chmodSync(file, 0o644);
    const apiPort = await unusedPort();
    const settings = readSettings(
      { DATABASE_URL: inject('databaseUrl'), HUB_DATA_DIR: dataDir, API_PORT: String(apiPort), DASHBOARD_PORT: String(apiPort + 1) },
      '/repo',
    );
    await expect(launchHub(settings, () => {})).rejects.toThrow(
      `The pseudonym key file ${file} can be read by other users (mode 644); run "chmod 600 ${file}" and start again.`,
    );
    expect(readFileSync(file, 'utf8')).toBe(`${'ab'.repeat(32)}\n`);
    expect(await isPortFree(apiPort)).toBe(true);
  });
});
