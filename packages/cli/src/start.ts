import { resolve } from 'node:path';
import { readSettings } from './hub.settings.js';
import { launchHub, type RunningHub } from './hub.launcher.js';
import { demoAccountLines } from './demo-account.report.js';

/** `npm start`: one command brings the whole hub up and Ctrl-C takes it down cleanly. */
const repoRoot = resolve(import.meta.dirname, '../../..');
const log = (line: string) => console.log(`[hub] ${line}`);

async function main(): Promise<void> {
  const settings = readSettings(process.env, repoRoot);
  const hub: RunningHub = await launchHub(settings, log);
  console.log('');
  console.log(`  Wellbeing Hub is running.`);
  console.log(`  Dashboard:   ${hub.dashboardUrl}`);
  console.log(`  GraphQL API: ${hub.apiUrl}`);
  for (const line of demoAccountLines(hub.demoAccounts, hub.dashboardUrl)) console.log(line);
  console.log(`  Press Ctrl-C to stop.`);
  console.log('');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping the dashboard, the API and the database`);
    await hub.stop();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Problems a user can act on carry their own clear message; print it alone, with no stack.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`wellbeing-hub: ${message.split('\n')[0]}`);
  process.exit(1);
});
