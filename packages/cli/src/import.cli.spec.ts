import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { writeReferralsCsv } from '@hub/import/testing';
import { seedDatabase } from '@hub/seed';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const ROWS = 30_000;
const KEY = 'import-cli-spec-pseudonym-key-0123456789abcdef';
const ADMIN = 'crash-admin@example.org';
const repoRoot = resolve(import.meta.dirname, '../../..');

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run import` as a user runs it, in its own process; `killWhen` kills it with SIGKILL once stderr shows the text. */
function runImport(file: string, killWhen?: RegExp): Promise<Finished> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'packages/cli/src/import.cli.ts'), 'referrals', file, '--as', ADMIN], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: inject('databaseUrl'), HUB_PSEUDONYM_KEY: KEY, TSX_TSCONFIG_PATH: join(repoRoot, 'packages/tsconfig/run.json') },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => {
    if (process.env.HUB_SPEC_VERBOSE) process.stderr.write(chunk);
    stderr += chunk;
    if (killWhen?.test(stderr)) child.kill('SIGKILL');
  });
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

describe('npm run import killed half-way', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  const file = join(mkdtempSync(join(tmpdir(), 'hub-import-crash-')), 'referrals.csv');
  const count = async (sql: string): Promise<number> => (await client.query(sql)).rows[0].n;

  beforeAll(async () => {
    await seedDatabase(inject('databaseUrl'), { referrals: 200, seed: 11, pseudonymKey: KEY, replace: true });
    await client.connect();
    await client.query(`delete from hub_user where is_demo`);
    await client.query(`insert into hub_user (email, display_name, role) values ($1, 'Crash spec', 'admin') on conflict (email) do nothing`, [ADMIN]);
    await writeReferralsCsv(file, ROWS, { prefix: 'CRASH' });
  });
  afterAll(() => client.end());

  it('leaves the database as it was, and a re-run completes the same run with nothing lost or duplicated', { timeout: 300_000 }, async () => {
    const people = await count(`select count(*)::int as n from person`);
    const killed = await runImport(file, /rows read/);
    expect(killed.code).toBeNull();
    // Killed after the run was recorded and some rows were written, before the commit.
    const [stopped] = (await client.query(`select id, status, rows_read from import_run order by id desc limit 1`)).rows;
    expect(stopped).toMatchObject({ status: 'running', rows_read: 0 });
    expect(await count(`select count(*)::int as n from referral where external_id like 'CRASH-%'`)).toBe(0);
    expect(await count(`select count(*)::int as n from person`)).toBe(people);
    expect(await count(`select count(*)::int as n from person p where not exists (select 1 from referral r where r.person_id = p.id)`)).toBe(0);

    const rerun = await runImport(file);
    expect(rerun.stderr).toContain(`run ${stopped.id} resumes a stopped import of this file`);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`30,000 rows: 30,000 inserted, 0 updated, 0 unchanged, 0 quarantined`);
    const [completed] = (await client.query(`select status, rows_read, inserted from import_run where id = $1`, [stopped.id])).rows;
    expect(completed).toEqual({ status: 'completed', rows_read: ROWS, inserted: ROWS });
    expect(await count(`select count(*)::int as n from referral where external_id like 'CRASH-%'`)).toBe(ROWS);
    expect(await count(`select count(distinct external_id)::int as n from referral where external_id like 'CRASH-%'`)).toBe(ROWS);
    expect(await count(`select count(*)::int as n from person`)).toBe(people + ROWS);
    // Each completed referral has its four status events.
    expect(
      await count(`select count(*)::int as n from referral_status_event e join referral r on r.id = e.referral_id where r.external_id like 'CRASH-%'`),
    ).toBe(4 * ROWS);
  });
});
