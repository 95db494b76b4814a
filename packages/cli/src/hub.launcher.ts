import { isPortFree, migrate, openOrm, redact, startDatabase, type Orm, type RunningDatabase } from '@hub/db';
import { createProgressReporter, isDatabaseEmpty, loadPseudonymKey, seedDatabase, type PseudonymKey } from '@hub/seed';
import { apiOrmOptions, startApi } from '@hub/api';
import { startDashboard, type DashboardProcess } from './dashboard.process.js';
import { ensureDemoAccounts, markSyntheticTown, type DemoAccounts } from './demo-account.service.js';
import type { HubSettings } from './hub.settings.js';
import { catchUpRollups } from './rollup.catch-up.js';

export interface RunningHub {
  apiUrl: string;
  dashboardUrl: string;
  databaseUrl: string;
  /** The demo accounts to print, or null when the database is not the synthetic town. */
  demoAccounts: DemoAccounts | null;
  stop(): Promise<void>;
}

class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/**
 * Brings the hub up in order (database, migrations, seed when empty or else the rollups caught up
 * with the data, API, dashboard) and, if any step fails, takes down what already started so
 * nothing is left running.
 */
export async function launchHub(settings: HubSettings, log: (line: string) => void): Promise<RunningHub> {
  await assertPortFree(settings.apiPort, 'API_PORT', 'the API');
  await assertPortFree(settings.dashboardPort, 'DASHBOARD_PORT', 'the dashboard');
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    stops.length = 0;
  };
  try {
    const database = await startHubDatabase(settings, log);
    stops.push(() => database.stop());
    const orm = await openOrm(database.url);
    stops.push(() => orm.close(true));
    const key = readPseudonymKey(settings, log);
    await prepareData(orm, database.url, settings, key, log);
    const demoAccounts = await ensureDemoAccounts(orm, settings.demoAccountsFile);
    if (demoAccounts?.created) log(`Created ${demoAccounts.created} demo account(s); their passwords are in ${demoAccounts.file}`);
    // The API gets its own connections, with a statement time limit that migrations must not have.
    const apiOrm = await openOrm(database.url, apiOrmOptions());
    stops.push(() => apiOrm.close(true));
    const api = await startApi({ orm: apiOrm, port: settings.apiPort, pseudonymKey: key.key });
    stops.push(() => api.stop());
    const apiUrl = `http://${settings.host}:${settings.apiPort}/graphql`;
    const dashboard: DashboardProcess = await startDashboard({
      repoRoot: settings.repoRoot,
      port: settings.dashboardPort,
      host: settings.host,
      apiUrl: `http://127.0.0.1:${settings.apiPort}/graphql`,
    });
    stops.push(() => dashboard.stop());
    return { apiUrl, dashboardUrl: dashboard.url, databaseUrl: database.url, demoAccounts, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function startHubDatabase(settings: HubSettings, log: (line: string) => void): Promise<RunningDatabase> {
  if (settings.databaseUrl) log(`Using the database at ${redact(settings.databaseUrl)}`);
  else log(`Starting the embedded PostgreSQL (data in ${settings.dataDir}, port ${settings.databasePort})`);
  return startDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir, port: settings.databasePort, log });
}

function readPseudonymKey(settings: HubSettings, log: (line: string) => void): PseudonymKey {
  const key = loadPseudonymKey(settings.pseudonymKey);
  if (key.created) log(`Made a new pseudonym key in ${key.path}: back it up, apart from the database (README: Signing in)`);
  return key;
}

async function prepareData(orm: Orm, databaseUrl: string, settings: HubSettings, key: PseudonymKey, log: (line: string) => void): Promise<void> {
  const applied = await migrate(orm);
  if (applied.length > 0) log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  if (!(await isDatabaseEmpty(databaseUrl))) {
    await catchUpRollups(databaseUrl, log);
    return;
  }
  log(`The database is empty: seeding a synthetic town with ${settings.seedReferrals.toLocaleString('en-GB')} referrals`);
  const progress = createProgressReporter(process.stderr);
  const summary = await seedDatabase(databaseUrl, {
    referrals: settings.seedReferrals,
    pseudonymKey: key.key,
    onProgress: (done, total) => progress.update(done, total),
  }).finally(() => progress.finish());
  await markSyntheticTown(orm);
  log(`Seeded in ${summary.seconds.toFixed(1)} s; reporting rollups rebuilt in ${summary.rollupSeconds.toFixed(1)} s`);
}

async function assertPortFree(port: number, variable: string, what: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new PortInUseError(`Port ${port} is already in use, so ${what} cannot start: stop what is using it or set ${variable} to a free port.`);
  }
}
