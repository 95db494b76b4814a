import { describe, expect, it } from 'vitest';
import { readSettings } from './hub.settings.js';

describe('readSettings', () => {
  it('uses the documented defaults', () => {
    const settings = readSettings({}, '/repo');
    expect(settings).toMatchObject({ dataDir: '/repo/.data', databasePort: 54329, apiPort: 4000, dashboardPort: 3000, seedReferrals: 25000 });
    expect(settings.databaseUrl).toBeUndefined();
  });

  it('takes ports, the data folder and the database from the environment', () => {
    const settings = readSettings({ API_PORT: '4100', DASHBOARD_PORT: '3100', HUB_DATA_DIR: '/var/hub', DATABASE_URL: 'postgres://x/y' }, '/repo');
    expect(settings).toMatchObject({ apiPort: 4100, dashboardPort: 3100, dataDir: '/var/hub', databaseUrl: 'postgres://x/y' });
  });

  it('keeps the pseudonym key and the demo passwords beside the data, unless told otherwise', () => {
    const settings = readSettings({ HUB_DATA_DIR: '/var/hub' }, '/repo');
    expect(settings.pseudonymKey).toEqual({ key: undefined, file: '/var/hub/pseudonym.key' });
    expect(settings.demoAccountsFile).toBe('/var/hub/demo-accounts.txt');
    const told = readSettings({ HUB_PSEUDONYM_KEY_FILE: '/secrets/hub.key', HUB_PSEUDONYM_KEY: 'k'.repeat(40) }, '/repo');
    expect(told.pseudonymKey).toEqual({ key: 'k'.repeat(40), file: '/secrets/hub.key' });
  });

  it('names the variable when a port is not a number', () => {
    expect(() => readSettings({ API_PORT: 'four' }, '/repo')).toThrow(/API_PORT must be a whole number/);
    expect(() => readSettings({ DASHBOARD_PORT: '70000' }, '/repo')).toThrow(/DASHBOARD_PORT must be a port number/);
  });
});
