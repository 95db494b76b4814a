import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountAdmin } from '@hub/api';
import { openOrm, type Orm } from '@hub/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { saveDemoCredentials } from './demo-account.file.js';
import { parseUserArguments } from './user-args.parser.js';
import { runUserCommand } from './user.commands.js';
import { seedTown, sql } from './testing/hub.fixture.js';

const url = inject('databaseUrl');
let orm: Orm;
let dir: string;
let serviceId: number;
let contractId: number;

beforeAll(async () => {
  orm = await openOrm(url);
  await seedTown(orm, url);
  dir = mkdtempSync(join(tmpdir(), 'hub-user-'));
  [{ id: serviceId }] = await sql<{ id: number }>(orm, `select id from service where code = 'ltc-team'`);
  [{ id: contractId }] = await sql<{ id: number }>(orm, 'select id from contract order by id limit 1');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await orm.close(true);
});

/** Runs `npm run user -- <line>` in process and returns what it printed. */
async function user(line: string, stdin = ''): Promise<string> {
  const printed: string[] = [];
  const command = parseUserArguments(line.split(' ').filter(Boolean));
  await runUserCommand(orm, command, { print: (text) => printed.push(text), readStdin: async () => stdin, demoAccountsFile: join(dir, 'demo-accounts.txt') });
  return printed.join('\n');
}

const signIn = (email: string, password: string) => accountAdmin(orm).accounts.signIn(email, password);
const row = async (email: string) => (await accountAdmin(orm).repository.userByEmail(email))!;
const scopes = async (email: string) => (await accountAdmin(orm).accounts.scopesOf((await row(email)).id)).map((s) => `${s.kind}:${s.ref_id}`);

describe('npm run user', () => {
  it('create: makes the account, prints a generated password once, and it signs in', async () => {
    const printed = await user(`create --email Manager@Example.org --name Mo --role service_manager --scope service:${serviceId}`);
    expect(printed).toMatch(/Created account \d+: manager@example.org, service_manager, reaching service \d+/);
    const password = /Password \(shown only now\): (\S+)/.exec(printed)![1];
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect((await signIn('manager@example.org', password)).viewer.account?.role).toBe('service_manager');
    expect(await scopes('manager@example.org')).toEqual([`service:${serviceId}`]);
  });

  it('create: takes the password from standard input, and record access for an analyst', async () => {
    const printed = await user('create --email analyst@example.org --name Ana --role analyst --record-access --password-stdin', 'a long enough password\n');
    expect(printed).not.toMatch(/Password/);
    expect(await signIn('analyst@example.org', 'a long enough password')).toBeTruthy();
    expect((await row('analyst@example.org')).record_access).toBe(true);
  });

  it('create: refuses with the flag and the reason', async () => {
    await expect(user('create --email analyst@example.org --name Again --role analyst')).rejects.toThrow(
      '--email: an account for analyst@example.org already exists.',
    );
    await expect(user('create --email new@example.org --name N --role service_manager --scope service:99999')).rejects.toThrow(
      '--scope: no service has the id 99999.',
    );
    await expect(user('create --email new@example.org --name N --role analyst --password-stdin', 'short\n')).rejects.toThrow(
      '--password-stdin: must be at least 12 characters.',
    );
    await expect(user('create --email new@example.org --name N --role analyst --password-stdin', '')).rejects.toThrow(
      '--password-stdin read nothing from standard input',
    );
    expect(await accountAdmin(orm).repository.userByEmail('new@example.org')).toBeNull();
  });

  it('list: every account with its role, state, record access and scope, and the published view', async () => {
    const printed = await user('list');
    expect(printed).toMatch(new RegExp(`manager@example.org\\s+service_manager\\s+enabled\\s+-\\s+service:${serviceId}`));
    expect(printed).toMatch(/analyst@example.org\s+analyst\s+enabled\s+yes\s+-/);
    expect(printed).toContain('Published view: off');
  });

  it('role: changes the role and ends the sessions; warns when the new role reaches nothing', async () => {
    const session = await signIn('analyst@example.org', 'a long enough password');
    const printed = await user('role --email analyst@example.org --role commissioner');
    expect(printed).toContain('analyst@example.org is now commissioner');
    expect(printed).toContain('Note: a commissioner with no scope reaches nothing yet');
    expect((await row('analyst@example.org')).role).toBe('commissioner');
    const hash = createHash('sha256').update(session.token).digest('hex');
    expect(await sql(orm, 'select revoked_at is not null as revoked from user_session where token_hash = ?', [hash])).toEqual([{ revoked: true }]);
  });

  it('grant-records / revoke-records: for analysts only', async () => {
    await expect(user('grant-records --email analyst@example.org')).rejects.toThrow(/is a commissioner; record access is granted to analysts only/);
    await user('role --email analyst@example.org --role analyst');
    await user('revoke-records --email analyst@example.org');
    expect((await row('analyst@example.org')).record_access).toBe(false);
    await user('grant-records --email analyst@example.org');
    expect((await row('analyst@example.org')).record_access).toBe(true);
  });

  it('scopes: replaces the scope, or clears it', async () => {
    await user(`scopes --email manager@example.org --scope contract:${contractId} --scope service:${serviceId}`);
    expect(await scopes('manager@example.org')).toEqual([`contract:${contractId}`, `service:${serviceId}`]);
    await expect(user('scopes --email manager@example.org --scope qi_project:99999')).rejects.toThrow('--scope: no qi project has the id 99999.');
    expect(await user('scopes --email manager@example.org --clear')).toContain('reaches nothing yet');
    expect(await scopes('manager@example.org')).toEqual([]);
  });

  it('disable / enable: a disabled account cannot sign in until enabled again', async () => {
    await user('disable --email analyst@example.org');
    await expect(signIn('analyst@example.org', 'a long enough password')).rejects.toThrow(/Sign-in refused/);
    await user('enable --email analyst@example.org');
    expect(await signIn('analyst@example.org', 'a long enough password')).toBeTruthy();
  });

  it("password: sets a new one, from standard input or generated, and keeps a demo account's entry on file in step", async () => {
    await user('password --email analyst@example.org --password-stdin', 'another long password\n');
    await expect(signIn('analyst@example.org', 'a long enough password')).rejects.toThrow();
    expect(await signIn('analyst@example.org', 'another long password')).toBeTruthy();
    const file = join(dir, 'demo-accounts.txt');
    await sql(orm, `update hub_user set is_demo = true where email = 'manager@example.org'`);
    saveDemoCredentials(file, [{ email: 'manager@example.org', role: 'service_manager', password: 'the old demo password', salt: 'old' }]);
    const generated = /Password \(shown only now\): (\S+)/.exec(await user('password --email manager@example.org'))![1];
    const salt = (await row('manager@example.org')).password_hash!.split('$')[4];
    expect(readFileSync(file, 'utf8')).toContain(`manager@example.org\tservice_manager\t${generated}\t${salt}`);
  });

  it('publish on|off: switches the published anonymous view, audited', async () => {
    expect(await user('publish on')).toContain('The published view is on');
    expect(await accountAdmin(orm).accounts.publishedView()).toBe(true);
    await user('publish off');
    expect(await accountAdmin(orm).accounts.publishedView()).toBe(false);
    const audited = await sql<{ actor: string }>(orm, `select actor from audit_log where action = 'setting.change' order by id desc limit 2`);
    expect(audited.map((entry) => entry.actor)).toEqual(['system (command line)', 'system (command line)']);
  });

  it('names --email when no account has it', async () => {
    for (const command of ['role --email nobody@example.org --role admin', 'disable --email nobody@example.org', 'password --email nobody@example.org']) {
      await expect(user(command)).rejects.toThrow('--email: no account has the e-mail nobody@example.org (npm run user -- list shows them)');
    }
  });
});
