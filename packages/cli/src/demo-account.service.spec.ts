import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountAdmin } from '@hub/api';
import { openOrm, type Orm } from '@hub/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { saveDemoCredentials } from './demo-account.file.js';
import { demoAccountLines } from './demo-account.report.js';
import { DEMO_ACCOUNTS, ensureDemoAccounts, markSyntheticTown, type DemoAccounts } from './demo-account.service.js';
import { forgetAccounts, seedTown, sql } from './testing/hub.fixture.js';

const url = inject('databaseUrl');
let orm: Orm;
let dir: string;
let file: string;

let first: DemoAccounts;
let auditedBefore: number;

// Each account's password hash costs 64 MiB of scrypt, so the town's accounts are made once
// and the tests read them; the last test is the only one that changes them.
beforeAll(async () => {
  orm = await openOrm(url);
  await seedTown(orm, url);
  dir = mkdtempSync(join(tmpdir(), 'hub-demo-'));
  file = join(dir, 'demo-accounts.txt');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await orm.close(true);
});

const scopesOf = (email: string) =>
  sql<{ kind: string; ref_id: number }>(orm, 'select kind, ref_id from user_scope join hub_user u on u.id = user_id where u.email = ? order by kind, ref_id', [
    email,
  ]);

describe('demo accounts', () => {
  it('are never made on a database not marked as the synthetic town, such as one holding imported data', async () => {
    expect(await ensureDemoAccounts(orm, file)).toBeNull();
    expect(await sql(orm, 'select id from hub_user')).toEqual([]);
    expect(() => statSync(file)).toThrow();
    await sql(orm, `insert into hub_setting (key, value) values ('synthetic_town', 'false'::jsonb)`);
    expect(await ensureDemoAccounts(orm, file)).toBeNull();
    expect(await sql(orm, 'select id from hub_user')).toEqual([]);
  });
});

describe('demo accounts on the synthetic town', () => {
  beforeAll(async () => {
    await forgetAccounts(orm);
    auditedBefore = (await sql<{ n: number }>(orm, `select count(*)::int as n from audit_log where action = 'user.create'`))[0].n;
    await markSyntheticTown(orm);
    first = (await ensureDemoAccounts(orm, file))!;
  });

  it('are one per role, each scoped so its view has something in it', async () => {
    expect(first.created).toBe(DEMO_ACCOUNTS.length);
    expect(new Set(first.accounts.map((account) => account.role))).toEqual(new Set(['commissioner', 'analyst', 'service_manager', 'qi_lead', 'admin']));
    const contracts = await sql<{ id: number }>(orm, 'select id from contract order by id');
    expect(await scopesOf('commissioner@demo.hub')).toEqual(contracts.map((row) => ({ kind: 'contract', ref_id: row.id })));
    const [ltc] = await sql<{ id: number }>(orm, `select id from service where code = 'ltc-team'`);
    expect(await scopesOf('service-manager@demo.hub')).toEqual([{ kind: 'service', ref_id: ltc.id }]);
    const qi = await scopesOf('qi-lead@demo.hub');
    expect(qi).toHaveLength(2);
    expect(qi.every((scope) => scope.kind === 'qi_project')).toBe(true);
    // The QI lead leads the project of every row of the sample QI measures file, so the sample imports as that account.
    const sampleProjects = [
      ...new Set(
        readFileSync(join(import.meta.dirname, '../../../seed/samples/qi-measures.csv'), 'utf8')
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => line.split(',')[0]),
      ),
    ];
    const led = await sql<{ code: string }>(orm, 'select code from qi_project where id in (?, ?) order by code', [qi[0].ref_id, qi[1].ref_id]);
    expect(led.map((row) => row.code)).toEqual(expect.arrayContaining(sampleProjects));
    const users = await sql<{ email: string; record_access: boolean; is_demo: boolean }>(
      orm,
      'select email, record_access, is_demo from hub_user order by email',
    );
    expect(users.every((user) => user.is_demo)).toBe(true);
    expect(users.find((user) => user.email === 'analyst@demo.hub')?.record_access).toBe(false);
    expect(users.find((user) => user.email === 'analyst-records@demo.hub')?.record_access).toBe(true);
  });

  it('keep random passwords in a file only its owner can read, and each one signs in', async () => {
    const demo = first;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    const passwords = demo.accounts.map((account) => account.password!);
    expect(new Set(passwords).size).toBe(passwords.length);
    for (const account of demo.accounts) {
      expect(account.password).toMatch(/^[A-Za-z0-9_-]{20}$/);
      expect(text).toContain(`${account.email}\t${account.role}\t${account.password}`);
    }
    const signedIn = await accountAdmin(orm).accounts.signIn('commissioner@demo.hub', passwords[0]);
    expect(signedIn.viewer.account?.email).toBe('commissioner@demo.hub');
  });

  it('are audited as made by the system', async () => {
    const rows = await sql<{ actor: string; email: string }>(
      orm,
      `select actor, detail->>'email' as email from audit_log where action = 'user.create' order by id offset ?`,
      [auditedBefore],
    );
    expect(rows.every((row) => row.actor === 'system (command line)')).toBe(true);
    expect(rows.map((row) => row.email).sort()).toEqual(DEMO_ACCOUNTS.map((plan) => plan.email).sort());
  });

  it('are made once: a second start makes none and prints the same passwords', async () => {
    const second = (await ensureDemoAccounts(orm, file))!;
    expect(second.created).toBe(0);
    expect(second.accounts).toEqual(first.accounts);
    expect(await sql(orm, 'select id from hub_user')).toHaveLength(DEMO_ACCOUNTS.length);
  });

  it('are printed with e-mail, role, password and where to sign in; a disabled one is left out and not made again', async () => {
    const lines = demoAccountLines(first, 'http://localhost:3000').join('\n');
    for (const account of first.accounts) expect(lines).toMatch(new RegExp(`${account.email}\\s+${account.role}\\s+${account.password}`));
    expect(lines).toContain('Sign in at http://localhost:3000/sign-in');
    expect(lines).toContain(file);
    await sql(orm, `update hub_user set disabled_at = now() where email = 'admin@demo.hub'`);
    const again = (await ensureDemoAccounts(orm, file))!;
    expect(again.created).toBe(0);
    expect(again.accounts.map((account) => account.email)).not.toContain('admin@demo.hub');
    expect(demoAccountLines(null, 'http://localhost:3000')).toEqual([]);
  });

  it("print a password only while it is still the account's: not one changed since, nor one on file from another database", async () => {
    await accountAdmin(orm).accounts.updateUser((await accountAdmin(orm).repository.userByEmail('analyst@demo.hub'))!.id, {
      password: 'changed in the dashboard',
    });
    saveDemoCredentials(file, [{ email: 'qi-lead@demo.hub', role: 'qi_lead', password: 'from another database', salt: 'another-salt' }]);
    const shown = new Map((await ensureDemoAccounts(orm, file))!.accounts.map((account) => [account.email, account.password]));
    expect(shown.get('analyst@demo.hub')).toBeNull();
    expect(shown.get('qi-lead@demo.hub')).toBeNull();
    expect(shown.get('commissioner@demo.hub')).toBe(first.accounts.find((account) => account.email === 'commissioner@demo.hub')!.password);
    expect(demoAccountLines((await ensureDemoAccounts(orm, file))!, 'http://h').join('\n')).toContain(
      'analyst@demo.hub          analyst          (changed or not on file: npm run user -- password --email analyst@demo.hub)',
    );
  });
});
