import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { isPortFree } from '@hub/db';
import { freePort } from '../support/free.port.js';
import { postGraphQL } from '../support/graphql.client.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const startScript = resolve(repoRoot, 'packages/cli/src/start.ts');

interface StartRun {
  exitCode: Promise<number | null>;
  exited: () => boolean;
  output: () => string;
  errors: () => string;
  signal: (name: NodeJS.Signals) => void;
}

/** Runs the same entry point `npm start` runs, with its own environment. */
function runStart(env: Record<string, string>): StartRun {
  // Node itself runs the script (tsx as a loader, not as a wrapper process), so the signals a
  // test sends reach the hub exactly as Ctrl-C reaches it in a terminal.
  const child = spawn(process.execPath, ['--import', 'tsx', startScript], {
    cwd: repoRoot,
    env: { ...process.env, TSX_TSCONFIG_PATH: resolve(repoRoot, 'packages/tsconfig/run.json'), DATABASE_URL: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  const exitCode = new Promise<number | null>((done) => child.once('exit', (code) => ((exited = true), done(code))));
  return { exitCode, exited: () => exited, output: () => stdout, errors: () => stderr, signal: (name) => child.kill(name) };
}

async function waitFor(condition: () => boolean, what: string, seconds = 180): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('exits with one clear line when the API port is taken', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((done) => blocker.once('listening', done));
    const port = (blocker.address() as net.AddressInfo).port;
    const run = runStart({ DATABASE_URL: inject('databaseUrl'), API_PORT: String(port), DASHBOARD_PORT: String(await freePort()) });
    expect(await run.exitCode).toBe(1);
    blocker.close();
    const lines = run.errors().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`Port ${port} is already in use.*API_PORT`));
  });

  it('exits with one clear line, password hidden, when DATABASE_URL cannot be reached', async () => {
    const run = runStart({ DATABASE_URL: 'postgres://hub:secret-word@127.0.0.1:1/hub', API_PORT: String(await freePort()) });
    expect(await run.exitCode).toBe(1);
    const lines = run.errors().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Cannot reach the database at postgres:\/\/hub:\*\*\*@127\.0\.0\.1:1\/hub/);
    expect(lines[0]).not.toContain('secret-word');
  });

  it('starts the embedded database, seeds it once, serves API and dashboard, and stops cleanly; a second start reuses the data', async () => {
    const env = async () => ({
      HUB_DATA_DIR: dataDir,
      HUB_DB_PORT: String(await freePort()),
      API_PORT: String(await freePort()),
      DASHBOARD_PORT: String(await freePort()),
      HUB_SEED_REFERRALS: '400',
    });
    const firstEnv = await env();
    const first = runStart(firstEnv);
    await waitFor(() => first.output().includes('Wellbeing Hub is running') || first.exited(), 'the first start');
    // Standard error carries only the seed's progress lines, never a failure.
    expect(first.errors()).not.toMatch(/wellbeing-hub:|Error/);
    expect(first.errors()).toMatch(/100% 400\/400 referrals/);
    expect(first.output()).toMatch(/seeding a synthetic town with 400 referrals/);
    expect(first.output()).toContain(`Dashboard:   http://localhost:${firstEnv.DASHBOARD_PORT}`);
    const answer = await postGraphQL<{ programmes: { id: string }[] }>(`http://127.0.0.1:${firstEnv.API_PORT}/graphql`, '{ programmes { id } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.programmes.length).toBeGreaterThan(3);
    expect((await fetch(`http://127.0.0.1:${firstEnv.DASHBOARD_PORT}/`)).status).toBe(200);
    first.signal('SIGINT');
    expect(await first.exitCode).toBe(0);
    expect(first.output()).toContain('Stopped.');
    // Nothing is left behind: the dashboard, API and database ports are free again.
    for (const port of [firstEnv.DASHBOARD_PORT, firstEnv.API_PORT, firstEnv.HUB_DB_PORT]) expect(await isPortFree(Number(port))).toBe(true);

    const second = runStart(await env());
    await waitFor(() => second.output().includes('Wellbeing Hub is running') || second.exited(), 'the second start');
    expect(second.errors()).toBe('');
    expect(second.output()).not.toMatch(/seeding/);
    second.signal('SIGTERM');
    expect(await second.exitCode).toBe(0);
  }, 300_000);
});
