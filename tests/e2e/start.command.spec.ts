import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { isPortFree } from '@hub/db';
import { NhsNumberSequence } from '@hub/seed';
import { freePort } from '../support/free.port.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const startScript = resolve(repoRoot, 'packages/cli/src/start.ts');

interface StartRun {
  exitCode: Promise<number | null>;
  exited: () => boolean;
  output: () => string;
  errors: () => string;
  signal: (name: NodeJS.Signals) => void;
  env: Record<string, string>;
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
  return { exitCode, exited: () => exited, output: () => stdout, errors: () => stderr, signal: (name) => child.kill(name), env };
}

/** Posts one GraphQL operation over HTTP, with a bearer token when given. */
async function graphql<T>(
  apiPort: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: T; errors?: { message: string }[] }> {
  const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string }[] };
}

/** The demo accounts npm start printed: e-mail, role and password, one a line. */
/**
 * The banner's last line: the demo accounts are printed after "Wellbeing Hub is running", so
 * reading them as soon as that line arrives can miss the last of them.
 */
const BANNER_END = 'Press Ctrl-C to stop.';

function printedDemoAccounts(output: string): Map<string, { role: string; password: string }> {
  const accounts = new Map<string, { role: string; password: string }>();
  for (const match of output.matchAll(/^ {4}(\S+@demo\.hub)\s+(\S+)\s+(\S+)$/gm)) accounts.set(match[1], { role: match[2], password: match[3] });
  return accounts;
}

async function signIn(apiPort: string, email: string, password: string): Promise<string> {
  const answer = await graphql<{ signIn: { token: string } }>(
    apiPort,
    'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
    { email, password },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.signIn.token;
}

/**
 * How many of the pseudonyms are HMACs of a 999-range NHS number under the key: the attack a
 * published key allowed, hashing the whole test range in a few seconds.
 */
function reversedBy(key: string, pseudonyms: ReadonlySet<string>): number {
  let found = 0;
  const sequence = new NhsNumberSequence(0);
  for (let i = 0; i < 909_000 && found < pseudonyms.size; i++) {
    if (pseudonyms.has(createHmac('sha256', key).update(sequence.next()).digest('hex'))) found++;
  }
  return found;
}

async function waitForAsync(condition: () => Promise<boolean>, what: string, seconds = 30): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
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

  it('starts the embedded database, seeds it once with a new owner-only pseudonym key, prints demo accounts that sign in, serves API and dashboard, and stops cleanly; a second start reuses the data, key and accounts; after a kill -9 the next start recovers its own database and ports', async () => {
    const env = async () => ({
      HUB_DATA_DIR: dataDir,
      HUB_DB_PORT: String(await freePort()),
      API_PORT: String(await freePort()),
      DASHBOARD_PORT: String(await freePort()),
      HUB_SEED_REFERRALS: '400',
    });
    const firstEnv = await env();
    const first = runStart(firstEnv);
    await waitFor(() => first.output().includes(BANNER_END) || first.exited(), 'the first start');
    // Standard error carries only the seed's progress lines, never a failure.
    expect(first.errors()).not.toMatch(/wellbeing-hub:|Error/);
    expect(first.errors()).toMatch(/100% 400\/400 referrals/);
    expect(first.output()).toMatch(/seeding a synthetic town with 400 referrals/);
    expect(first.output()).toContain(`Dashboard:   http://localhost:${firstEnv.DASHBOARD_PORT}`);
    // One demo account per role is printed with its password, and the passwords sit in an owner-only file.
    const demo = printedDemoAccounts(first.output());
    expect(new Set([...demo.values()].map((account) => account.role))).toEqual(new Set(['commissioner', 'analyst', 'service_manager', 'qi_lead', 'admin']));
    expect(first.output()).toContain(`Sign in at http://localhost:${firstEnv.DASHBOARD_PORT}/sign-in`);
    const demoFile = join(dataDir, 'demo-accounts.txt');
    expect(statSync(demoFile).mode & 0o777).toBe(0o600);
    for (const [email, account] of demo) expect(readFileSync(demoFile, 'utf8')).toContain(`${email}\t${account.role}\t${account.password}`);
    const commissioner = await signIn(firstEnv.API_PORT, 'commissioner@demo.hub', demo.get('commissioner@demo.hub')!.password);
    const answer = await graphql<{ programmes: { id: string }[] }>(firstEnv.API_PORT, '{ programmes { id } }', {}, commissioner);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.programmes.length).toBeGreaterThan(3);
    // The pseudonym key was made on this first start, owner-only, and no fixed key made the pseudonyms.
    const keyFile = join(dataDir, 'pseudonym.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = readFileSync(keyFile, 'utf8').trim();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const analyst = await signIn(firstEnv.API_PORT, 'analyst-records@demo.hub', demo.get('analyst-records@demo.hub')!.password);
    const people = await graphql<{ people: { edges: { node: { pseudonym: string } }[] } }>(
      firstEnv.API_PORT,
      '{ people(first: 10) { edges { node { pseudonym } } } }',
      {},
      analyst,
    );
    expect(people.errors).toBeUndefined();
    const pseudonyms = new Set(people.data!.people.edges.map((edge) => edge.node.pseudonym));
    expect(pseudonyms.size).toBe(10);
    expect(reversedBy('wellbeing-hub-development-key-not-for-real-data', pseudonyms)).toBe(0);
    expect(reversedBy(key, pseudonyms)).toBe(10);
    expect((await fetch(`http://127.0.0.1:${firstEnv.DASHBOARD_PORT}/`)).status).toBe(200);
    first.signal('SIGINT');
    expect(await first.exitCode).toBe(0);
    expect(first.output()).toContain('Stopped.');
    // Nothing is left behind: the dashboard, API and database ports are free again.
    for (const port of [firstEnv.DASHBOARD_PORT, firstEnv.API_PORT, firstEnv.HUB_DB_PORT]) expect(await isPortFree(Number(port))).toBe(true);

    const second = runStart(await env());
    await waitFor(() => second.output().includes(BANNER_END) || second.exited(), 'the second start');
    expect(second.errors()).toBe('');
    expect(second.output()).not.toMatch(/seeding|Made a new pseudonym key|Created \d+ demo account/);
    // The same demo accounts and passwords are printed again, and the key file is reused.
    expect(printedDemoAccounts(second.output())).toEqual(demo);
    expect(readFileSync(keyFile, 'utf8').trim()).toBe(key);

    // A crash: the hub is killed with -9 and cannot stop anything. Its dashboard follows it (it
    // holds a channel to the hub), its database is left running, and the next start takes over.
    const secondEnv = second.env;
    second.signal('SIGKILL');
    await second.exitCode;
    await waitForAsync(async () => isPortFree(Number(secondEnv.DASHBOARD_PORT)), 'the dashboard to follow its killed hub');
    expect(await isPortFree(Number(secondEnv.HUB_DB_PORT))).toBe(false);
    const third = runStart(secondEnv);
    await waitFor(() => third.output().includes(BANNER_END) || third.exited(), 'the start after a kill -9');
    expect(third.output()).toMatch(/Stopping the PostgreSQL left running by an earlier start/);
    expect(printedDemoAccounts(third.output())).toEqual(demo);
    third.signal('SIGTERM');
    expect(await third.exitCode).toBe(0);
    for (const port of [secondEnv.DASHBOARD_PORT, secondEnv.API_PORT, secondEnv.HUB_DB_PORT]) expect(await isPortFree(Number(port))).toBe(true);
  }, 420_000);
});
