import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Ends the dashboard when the hub that started it ends, however it ends (dashboard.leash.mjs). */
const LEASH = pathToFileURL(resolve(import.meta.dirname, 'dashboard.leash.mjs')).href;

export interface DashboardProcess {
  url: string;
  stop(): Promise<void>;
}

class DashboardStartError extends Error {
  override name = 'DashboardStartError';
}

/** Runs the built SvelteKit dashboard (adapter-node) as a child process pointed at the API. */
export async function startDashboard(options: { repoRoot: string; port: number; host: string; apiUrl: string }): Promise<DashboardProcess> {
  const entry = resolve(options.repoRoot, 'apps/dashboard/build/index.js');
  if (!existsSync(entry)) {
    throw new DashboardStartError(`The dashboard is not built (${entry} is missing): run "npm run build" or use "npm start", which builds it.`);
  }
  const url = `http://${options.host}:${options.port}`;
  const child = spawn(process.execPath, ['--import', LEASH, entry], {
    env: { ...process.env, PORT: String(options.port), HOST: '127.0.0.1', ORIGIN: url, HUB_API_URL: options.apiUrl, BODY_SIZE_LIMIT: uploadBodyLimit() },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // The channel only has to exist; nothing is sent on it, and it must not keep the hub alive.
  child.channel?.unref();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  await waitUntilServing(`http://127.0.0.1:${options.port}/`, child, () => stderr);
  return { url, stop: () => stopChild(child) };
}

/** adapter-node refuses bodies over 512 KB; the Import page streams files up to the API's import limit (HUB_IMPORT_MAX_BYTES), plus room for the form. */
function uploadBodyLimit(): string {
  return process.env.BODY_SIZE_LIMIT ?? String((Number(process.env.HUB_IMPORT_MAX_BYTES) || 100 * 1024 * 1024) + 1024 * 1024);
}

async function waitUntilServing(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new DashboardStartError(`The dashboard exited at start: ${stderr().trim().split('\n')[0] ?? ''}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  await stopChild(child);
  throw new DashboardStartError(`The dashboard did not answer at ${url} within 30 s.`);
}

/** Asks a child process to stop, and kills it if it has not within 5 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
