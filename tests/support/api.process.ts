import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stopChild } from '../../packages/cli/src/dashboard.process.js';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** Ends the API when the test or bench that started it ends, however it ends (as the dashboard's leash does). */
const LEASH = pathToFileURL(resolve(REPO_ROOT, 'packages/cli/src/dashboard.leash.mjs')).href;
const READY = /Wellbeing Hub API at (\S+)/;
const COMPILED_API = 'apps/api/dist/main.js';

export interface ApiProcess {
  url: string;
  /** The operating system's id of the API's own node process, for reading its memory. */
  pid: number;
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  databaseUrl: string;
  port: number;
  /** Extra environment for the API (e.g. HUB_RATE_LIMIT_PER_MINUTE, DATABASE_READ_URL). */
  env?: Record<string, string>;
  /** The API's node options, e.g. ['--max-old-space-size=256']. */
  nodeOptions?: string[];
  /**
   * Run the compiled API (apps/api/dist/main.js, `npm run build -w @hub/api`) as `npm run serve`
   * does, instead of the TypeScript sources through tsx as `npm run dev` does.
   */
  compiled?: boolean;
}

/**
 * One more API process (apps/api/src/main.ts, as `npm run dev -w @hub/api` runs it) on a database
 * that is already migrated: a second server of the same hub, as a deployment that scales out runs.
 * Node loads tsx itself, so the pid is the API's, not a wrapper's.
 */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  // The caller's node options come after serve's, so that one given for a test (a tighter heap) wins.
  const flags = [...(options.compiled ? serveFlags() : []), ...(options.nodeOptions ?? [])];
  const entry = options.compiled ? [COMPILED_API] : ['--import', 'tsx', 'apps/api/src/main.ts'];
  if (options.compiled && !existsSync(resolve(REPO_ROOT, COMPILED_API))) {
    throw new Error(`${COMPILED_API} is missing: build it first with npm run build -w @hub/api`);
  }
  const child = spawn(process.execPath, [...flags, '--import', LEASH, ...entry], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: resolve(REPO_ROOT, 'packages/tsconfig/run.json'),
      DATABASE_URL: options.databaseUrl,
      API_PORT: String(options.port),
      API_HOST: '127.0.0.1',
      HUB_PSEUDONYM_KEY: process.env.HUB_PSEUDONYM_KEY ?? 'api-process-pseudonym-key-not-for-real-data-0123',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // The channel only has to exist; nothing is sent on it, and it must not keep the caller alive.
  child.channel?.unref();
  const url = await waitUntilServing(child);
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}

/** The node flags of `npm run serve -w @hub/api` (its heap limits), so a test runs the API as production does. */
function serveFlags(): string[] {
  const manifest = JSON.parse(readFileSync(resolve(REPO_ROOT, 'apps/api/package.json'), 'utf8')) as { scripts: { serve: string } };
  return manifest.scripts.serve.split(/\s+/).filter((word) => word.startsWith('--'));
}

function waitUntilServing(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`The API process did not start within 120 s:\n${output.slice(-2000)}`));
    }, 120_000);
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      const ready = READY.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      done(ready[1]!);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The API process exited (${code}) at start:\n${output.slice(-2000)}`));
    });
  });
}
