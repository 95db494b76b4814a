import { accountAdmin, type Role } from '@hub/api';
import { openOrm, type Orm } from '@hub/db';
import { dataOf, postGraphQL } from './graphql.client.js';

type ScopeKind = 'contract' | 'service' | 'programme' | 'qi_project';
interface Scope {
  kind: ScopeKind;
  refId: number;
}

/** The account a test acts as. `name` tells two accounts of one role apart (it defaults to the role). */
export interface AccountSpec {
  role: Role;
  name?: string;
  recordAccess?: boolean;
  scopes?: readonly Scope[];
}
export type AccountWanted = Role | AccountSpec;

export interface TestAccount {
  id: number;
  email: string;
  password: string;
  role: Role;
}

export interface HubAddress {
  apiUrl: string;
  databaseUrl: string;
}

export const SIGN_IN_MUTATION = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;

export function specOf(wanted: AccountWanted): Required<AccountSpec> {
  const spec = typeof wanted === 'string' ? { role: wanted } : wanted;
  return { name: spec.role, recordAccess: false, scopes: [], ...spec };
}

/** The e-mail and password of a test account: fixed, so another test file (or a rerun) finds the same one. */
export function credentialsOf(name: string): { email: string; password: string } {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { email: `${slug}@e2e.hub.test`, password: `e2e-${slug}-passphrase` };
}

/**
 * Test accounts on one hub: each created once through `accountAdmin` (as the command line
 * does), then signed in over HTTP like any client. Accounts and session tokens are cached,
 * so a test file signs each one in once. An account that already exists (made by another
 * file) is brought back to the spec asked for.
 */
export function accountFactory(hub: HubAddress) {
  let orm: Promise<Orm> | undefined;
  const accounts = new Map<string, Promise<TestAccount>>();
  const tokens = new Map<string, Promise<string>>();

  const database = () => (orm ??= openOrm(hub.databaseUrl));

  async function create(spec: Required<AccountSpec>): Promise<TestAccount> {
    const { accounts: admin, repository } = accountAdmin(await database());
    const { email, password } = credentialsOf(spec.name);
    const wanted = { role: spec.role, recordAccess: spec.recordAccess, scopes: spec.scopes };
    const existing = await repository.userByEmail(email);
    const user = existing
      ? await admin.updateUser(existing.id, { ...wanted, password, disabled: false })
      : await admin.createUser({ email, displayName: `E2E ${spec.name}`, password, ...wanted });
    return { id: user.id, email, password, role: spec.role };
  }

  /** The account for `wanted`, created (or reset to the spec) once per factory. */
  function account(wanted: AccountWanted): Promise<TestAccount> {
    const spec = specOf(wanted);
    let found = accounts.get(spec.name);
    if (!found) {
      found = create(spec);
      accounts.set(spec.name, found);
    }
    return found;
  }

  /** Signs in over HTTP and returns a fresh session token (not cached). */
  async function signIn(wanted: AccountWanted): Promise<string> {
    const { email, password } = await account(wanted);
    const answer = await postGraphQL<{ signIn: { token: string } }>(hub.apiUrl, SIGN_IN_MUTATION, { email, password });
    return dataOf(answer).signIn.token;
  }

  /** A session token for `wanted`, signed in once and then reused. */
  function tokenFor(wanted: AccountWanted): Promise<string> {
    const { name } = specOf(wanted);
    let token = tokens.get(name);
    if (!token) {
      token = signIn(wanted);
      tokens.set(name, token);
    }
    return token;
  }

  async function close(): Promise<void> {
    if (orm) await (await orm).close(true);
    orm = undefined;
  }

  return { account, signIn, tokenFor, close };
}

export type AccountFactory = ReturnType<typeof accountFactory>;
