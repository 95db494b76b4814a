import { resolve } from 'node:path';
import { pseudonymKeySettings, type PseudonymKeySettings } from '@hub/seed';
import { DEMO_ACCOUNTS_FILE_NAME } from './demo-account.file.js';

/** Everything `npm start` can be told, read once from the environment (README: Configuration). */
export interface HubSettings {
  repoRoot: string;
  databaseUrl?: string;
  dataDir: string;
  databasePort: number;
  apiPort: number;
  dashboardPort: number;
  host: string;
  seedReferrals: number;
  /** HUB_PSEUDONYM_KEY, or the key file (HUB_PSEUDONYM_KEY_FILE, default beside the data). */
  pseudonymKey: PseudonymKeySettings;
  /** The demo accounts' passwords, on the synthetic town only. */
  demoAccountsFile: string;
}

class SettingsError extends Error {
  override name = 'SettingsError';
}

export function readSettings(env: NodeJS.ProcessEnv, repoRoot: string): HubSettings {
  const dataDir = resolve(repoRoot, env.HUB_DATA_DIR ?? '.data');
  return {
    repoRoot,
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir,
    databasePort: port(env, 'HUB_DB_PORT', 54329),
    apiPort: port(env, 'API_PORT', 4000),
    dashboardPort: port(env, 'DASHBOARD_PORT', 3000),
    host: env.HUB_HOST ?? 'localhost',
    seedReferrals: wholeNumber(env, 'HUB_SEED_REFERRALS', 25_000),
    pseudonymKey: pseudonymKeySettings(env, dataDir),
    demoAccountsFile: resolve(dataDir, DEMO_ACCOUNTS_FILE_NAME),
  };
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = wholeNumber(env, name, fallback);
  if (value < 1 || value > 65535) throw new SettingsError(`${name} must be a port number from 1 to 65535, not "${env[name]}".`);
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new SettingsError(`${name} must be a whole number, not "${raw}".`);
  return Number(raw);
}
