import { randomBytes } from 'node:crypto';
import { accountAdmin, type Role } from '@hub/api';
import type { Orm } from '@hub/db';
import { isReadableByOthers, readDemoAccountsFile, saltOf, saveDemoCredentials, type DemoCredential } from './demo-account.file.js';

type ScopeKind = 'contract' | 'service' | 'programme' | 'qi_project';

interface DemoAccountPlan {
  email: string;
  displayName: string;
  role: Role;
  recordAccess?: boolean;
  /** Picks the account's scope from the seeded town, so each role's view has something in it. */
  scopes: string | null;
  scopeKind?: ScopeKind;
}

// The long-term conditions team is the town's largest service.
const LTC_SERVICE = `select id from service where code = 'ltc-team'`;

export const DEMO_ACCOUNTS: readonly DemoAccountPlan[] = [
  {
    email: 'commissioner@demo.hub',
    displayName: 'Demo commissioner',
    role: 'commissioner',
    scopeKind: 'contract',
    scopes: `select id from contract order by id`,
  },
  { email: 'analyst@demo.hub', displayName: 'Demo analyst', role: 'analyst', scopes: null },
  { email: 'analyst-records@demo.hub', displayName: 'Demo analyst with record access', role: 'analyst', recordAccess: true, scopes: null },
  { email: 'service-manager@demo.hub', displayName: 'Demo service manager', role: 'service_manager', scopeKind: 'service', scopes: LTC_SERVICE },
  {
    email: 'qi-lead@demo.hub',
    displayName: 'Demo QI lead',
    role: 'qi_lead',
    scopeKind: 'qi_project',
    // The long-term conditions team's project on uptake among minority-ethnic communities, and the
    // stop-smoking project whose measure values seed/samples/qi-measures.csv holds, so this account
    // can try the Import page with the sample.
    scopes: `select id from qi_project where code in ('bame-uptake', 'smoking-quits') order by id`,
  },
  { email: 'admin@demo.hub', displayName: 'Demo admin', role: 'admin', scopes: null },
];

/** A demo account that can sign in, and its password when the file still has it. */
interface DemoAccount {
  email: string;
  role: Role;
  password: string | null;
}

export interface DemoAccounts {
  accounts: DemoAccount[];
  created: number;
  file: string;
  /** The file can be read by other users, so its passwords are not printed. */
  fileExposed: boolean;
}

/**
 * Makes any missing demo account, but only on a database marked as the synthetic town: a
 * database with imported data never gets accounts whose passwords sit in a file. Returns the
 * enabled demo accounts, or null when the database is not the synthetic town.
 */
export async function ensureDemoAccounts(orm: Orm, file: string): Promise<DemoAccounts | null> {
  const { accounts, repository } = accountAdmin(orm);
  if ((await repository.setting('synthetic_town')) !== true) return null;
  const made: DemoCredential[] = [];
  for (const plan of DEMO_ACCOUNTS) {
    if (await repository.userByEmail(plan.email)) continue;
    const password = newPassword();
    const user = await accounts.createUser({
      email: plan.email,
      displayName: plan.displayName,
      role: plan.role,
      password,
      recordAccess: plan.recordAccess ?? false,
      isDemo: true,
      scopes: await scopesOf(orm, plan),
    });
    made.push({ email: plan.email, role: plan.role, password, salt: saltOf(user.password_hash)! });
  }
  if (made.length > 0) saveDemoCredentials(file, made);
  return { accounts: await enabledDemoAccounts(orm, file), created: made.length, file, fileExposed: isReadableByOthers(file) };
}

/** Marks the database as holding the synthetic town, which is what allows demo accounts. */
export async function markSyntheticTown(orm: Orm): Promise<void> {
  await accountAdmin(orm).repository.saveSetting('synthetic_town', true, null);
}

/** 120 random bits, URL-safe, so it can be typed and pasted. */
export function newPassword(): string {
  return randomBytes(15).toString('base64url');
}

async function enabledDemoAccounts(orm: Orm, file: string): Promise<DemoAccount[]> {
  const onFile = isReadableByOthers(file) ? new Map<string, DemoCredential>() : readDemoAccountsFile(file);
  const users = await accountAdmin(orm).repository.users();
  const order = (email: string) => DEMO_ACCOUNTS.findIndex((plan) => plan.email === email);
  return users
    .filter((user) => user.is_demo && !user.disabled_at)
    .sort((a, b) => order(a.email) - order(b.email))
    .map((user) => ({ email: user.email, role: user.role, password: currentPassword(onFile.get(user.email), user.password_hash) }));
}

function currentPassword(onFile: DemoCredential | undefined, passwordHash: string | null): string | null {
  return onFile && onFile.salt === saltOf(passwordHash) ? onFile.password : null;
}

async function scopesOf(orm: Orm, plan: DemoAccountPlan): Promise<{ kind: ScopeKind; refId: number }[]> {
  if (!plan.scopes || !plan.scopeKind) return [];
  const rows: { id: number }[] = await orm.em.fork().getConnection().execute(plan.scopes);
  return rows.map((row) => ({ kind: plan.scopeKind!, refId: Number(row.id) }));
}
