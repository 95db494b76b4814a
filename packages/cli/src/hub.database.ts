import { checkReachable, DatabaseStartError, isPortFree, runningEmbeddedPort, startDatabase, type RunningDatabase } from '@hub/db';
import type { HubSettings } from './hub.settings.js';

// The embedded server's login and database, as packages/db/src/database.launcher.ts makes them.
// It listens on 127.0.0.1 only, so the fixed password guards nothing beyond this machine.
const EMBEDDED_LOGIN = 'postgres:hub-local-only';
const EMBEDDED_DATABASE = 'wellbeing_hub';

/**
 * The hub's database for a command that runs beside `npm start` or without it: DATABASE_URL,
 * else the embedded server already running on the data folder (on whatever port `npm start`
 * gave it) or on HUB_DB_PORT, else that server started here (and stopped again by `stop`).
 */
export async function openHubDatabase(settings: HubSettings): Promise<RunningDatabase> {
  if (settings.databaseUrl) return startDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir, port: settings.databasePort });
  const running = runningEmbeddedPort(settings.dataDir);
  if (running === null && (await isPortFree(settings.databasePort))) {
    return startDatabase({ dataDir: settings.dataDir, port: settings.databasePort });
  }
  const port = running ?? settings.databasePort;
  const url = `postgres://${EMBEDDED_LOGIN}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  try {
    await checkReachable(url);
  } catch {
    throw new DatabaseStartError(
      running === null
        ? `Port ${port} (HUB_DB_PORT) is in use, but not by the hub's embedded PostgreSQL: set HUB_DB_PORT to the hub's port, or DATABASE_URL.`
        : `The hub's embedded PostgreSQL runs on port ${port} (from its lock file in ${settings.dataDir}) but does not answer: stop the hub and start it again, or set DATABASE_URL.`,
    );
  }
  return { url, embedded: true, stop: async () => {} };
}
