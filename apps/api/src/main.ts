import 'reflect-metadata';
import { resolve } from 'node:path';
import { openOrm } from '@hub/db';
import { loadPseudonymKey, pseudonymKeySettings } from '@hub/seed';
import { apiOrmOptions, startApi } from './server.js';

/** Standalone API for development: `DATABASE_URL=postgres://… npm run dev`. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL must be set to a migrated hub database, e.g. postgres://user:pass@localhost:5432/wellbeing_hub');
    process.exit(1);
  }
  const port = Number(process.env.API_PORT ?? 4000);
  // The key npm start uses: HUB_PSEUDONYM_KEY, else the key file beside the data (README: Signing in).
  const dataDir = resolve(import.meta.dirname, '../../..', process.env.HUB_DATA_DIR ?? '.data');
  const pseudonymKey = loadPseudonymKey(pseudonymKeySettings(process.env, dataDir)).key;
  const orm = await openOrm(url, apiOrmOptions());
  const api = await startApi({ orm, port, pseudonymKey });
  console.log(`Wellbeing Hub API at ${api.url}`);
  const stop = async () => {
    await api.stop();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
