import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startTestDatabase } from '@hub/db/testing';
import { launchHub } from '../../packages/cli/src/hub.launcher.js';
import { readSettings } from '../../packages/cli/src/hub.settings.js';
import { freePort } from './free.port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    apiUrl: string;
    dashboardUrl: string;
  }
}

/** Vitest global setup: the whole hub, as `npm start` runs it, on a scratch database with a small seed. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await startTestDatabase('hub_e2e');
  const [apiPort, dashboardPort] = [await freePort(), await freePort()];
  // The hub's own files (pseudonym key, demo accounts) go to a scratch folder, never the
  // developer's .data; the key is a fixed test key.
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-e2e-data-'));
  const settings = {
    ...readSettings({ HUB_DATA_DIR: dataDir, HUB_PSEUDONYM_KEY: 'e2e-test-pseudonym-key-not-for-real-data-0123456789' }, resolve(import.meta.dirname, '../..')),
    databaseUrl: database.url,
    apiPort,
    dashboardPort,
    host: '127.0.0.1',
    seedReferrals: Number(process.env.HUB_E2E_REFERRALS ?? 4000),
  };
  // Dozens of test accounts sign in from this one address within seconds, and the hostile
  // suite sends hundreds of requests: the per-caller rate limit (tested on its own in
  // apps/api/src/http/http.api.spec.ts) is raised so it cannot refuse an unrelated test.
  process.env.HUB_RATE_LIMIT_PER_MINUTE ??= String(100_000);
  const hub = await launchHub(settings, () => {});
  project.provide('databaseUrl', database.url);
  project.provide('apiUrl', hub.apiUrl);
  project.provide('dashboardUrl', hub.dashboardUrl);
  return async () => {
    await hub.stop();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
