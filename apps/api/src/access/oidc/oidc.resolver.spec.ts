import { decodeJwt } from 'jose';
import type { ClientMetadata } from 'oidc-provider';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SqlClient } from '../../common/sql.client.js';
import { dataOf, openTestApi, type GraphQLResult, type TestApi } from '../../testing/api.harness.js';
import { authenticate } from '../authenticate.js';
import { startTestProvider, type TestProvider } from './oidc.provider.harness.js';

const HUB: ClientMetadata = { client_id: 'wellbeing-hub', client_secret: 'hub-secret-for-tests', redirect_uris: ['http://127.0.0.1:5173/auth/oidc/callback'] };
const OTHER_APP: ClientMetadata = { client_id: 'other-app', client_secret: 'other-secret-for-tests', redirect_uris: ['http://127.0.0.1:5999/callback'] };
const ACCOUNTS = {
  alice: { email: 'Alice.SSO@test.hub' },
  bob: { email: 'bob.sso@test.hub' },
  dora: { email: 'dora.sso@test.hub' },
  vera: { email: 'vera.sso@test.hub', emailVerified: false },
  stranger: { email: 'stranger@elsewhere.test' },
};

const SIGN_IN = `mutation SignIn($idToken: String!, $nonce: String!) {
  signInWithSingleSignOn(idToken: $idToken, nonce: $nonce) { token expiresAt user { email role } }
}`;

interface SignInData {
  signInWithSingleSignOn: { token: string; expiresAt: string; user: { email: string; role: string } };
}

let api: TestApi;
let provider: TestProvider;
let nonceCount = 0;

function freshNonce(): string {
  nonceCount += 1;
  return `nonce-${nonceCount}-${Date.now()}`;
}

async function tokenFor(accountId: string, options: { from?: TestProvider; client?: ClientMetadata } = {}): Promise<{ idToken: string; nonce: string }> {
  const nonce = freshNonce();
  const idToken = await (options.from ?? provider).idTokenFor({ client: options.client ?? HUB, accountId, nonce });
  return { idToken, nonce };
}

function signIn(idToken: string, nonce: string): Promise<GraphQLResult<SignInData>> {
  return api.run<SignInData>(SIGN_IN, { idToken, nonce }, 'anonymous');
}

function refusal(result: GraphQLResult<unknown>): { code: unknown; message: string } {
  expect(result.data).toBeNull();
  return { code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message ?? '' };
}

async function createAccount(email: string, disabled = false): Promise<void> {
  const created = dataOf(
    await api.run<{ createUser: { id: string } }>('mutation($input: NewUserInput!) { createUser(input: $input) { id } }', {
      input: { email, displayName: email.split('@')[0], role: 'COMMISSIONER' },
    }),
  );
  if (disabled) dataOf(await api.run('mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }', { id: created.createUser.id }));
}

async function meWith(token: string): Promise<{ email: string } | null> {
  const viewer = await authenticate(new SqlClient(api.orm.em.fork()), { authorization: `Bearer ${token}` });
  const response = await api.server.executeOperation<{ me: { email: string } | null }>(
    { query: '{ me { email } }' },
    { contextValue: api.server.createContext(viewer) },
  );
  if (response.body.kind !== 'single') throw new Error('Expected a single result');
  return response.body.singleResult.data?.me ?? null;
}

async function lastFailure(): Promise<Record<string, unknown>> {
  const { auditLog } = dataOf(
    await api.run<{ auditLog: { id: string; detail: Record<string, unknown> }[] }>(
      '{ auditLog(first: 500, filter: { actions: ["auth.sign_in_failed"] }) { id detail } }',
    ),
  );
  // Newest by number: AuditLog.list orders by the text of the id, which puts "9" after "10".
  return auditLog.reduce((newest, entry) => (Number(entry.id) > Number(newest.id) ? entry : newest)).detail;
}

beforeAll(async () => {
  api = await openTestApi();
  provider = await startTestProvider({ clients: [HUB, OTHER_APP], accounts: ACCOUNTS });
  vi.stubEnv('HUB_OIDC_ISSUER', provider.issuer);
  vi.stubEnv('HUB_OIDC_CLIENT_ID', HUB.client_id);
  vi.stubEnv('HUB_OIDC_NAME', 'Test identity provider');
  await createAccount('alice.sso@test.hub');
  await createAccount('bob.sso@test.hub');
  await createAccount('dora.sso@test.hub', true);
  await createAccount('vera.sso@test.hub');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await provider?.close();
  await api?.close();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('singleSignOn', () => {
  it('names the configured provider, so the dashboard can offer its button', async () => {
    const { singleSignOn } = dataOf(await api.run<{ singleSignOn: unknown }>('{ singleSignOn { issuer name } }', {}, 'anonymous'));
    expect(singleSignOn).toEqual({ issuer: provider.issuer, name: 'Test identity provider' });
  });

  it('is null when no provider is configured', async () => {
    vi.stubEnv('HUB_OIDC_ISSUER', '');
    try {
      expect(dataOf(await api.run('{ singleSignOn { issuer } }', {}, 'anonymous')).singleSignOn).toBeNull();
    } finally {
      vi.stubEnv('HUB_OIDC_ISSUER', provider.issuer);
    }
  });
});

describe('signInWithSingleSignOn', () => {
  it('signs in the account an admin created for the e-mail, with a session that works', async () => {
    const { idToken, nonce } = await tokenFor('alice');
    const { signInWithSingleSignOn } = dataOf(await signIn(idToken, nonce));
    expect(signInWithSingleSignOn.user).toEqual({ email: 'alice.sso@test.hub', role: 'COMMISSIONER' });
    expect(new Date(signInWithSingleSignOn.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(await meWith(signInWithSingleSignOn.token)).toEqual({ email: 'alice.sso@test.hub' });
  });

  it("finds the linked account by the provider's subject on later sign-ons", async () => {
    await signIn(...(Object.values(await tokenFor('bob')) as [string, string]));
    const { users } = dataOf(await api.run<{ users: { email: string; hasSingleSignOn: boolean }[] }>('{ users { email hasSingleSignOn } }'));
    expect(users.find((user) => user.email === 'bob.sso@test.hub')?.hasSingleSignOn).toBe(true);
    const again = await tokenFor('bob');
    expect(dataOf(await signIn(again.idToken, again.nonce)).signInWithSingleSignOn.user.email).toBe('bob.sso@test.hub');
  });

  it('refuses someone the provider knows but no admin created an account for, and audits it', async () => {
    const { idToken, nonce } = await tokenFor('stranger');
    const { code, message } = refusal(await signIn(idToken, nonce));
    expect(code).toBe('UNAUTHENTICATED');
    expect(message).toMatch(/no enabled hub account is linked/);
    expect(await lastFailure()).toMatchObject({ email: 'stranger@elsewhere.test', subject: 'stranger' });
  });

  it('refuses a disabled account', async () => {
    const { idToken, nonce } = await tokenFor('dora');
    expect(refusal(await signIn(idToken, nonce)).message).toMatch(/no enabled hub account/);
  });

  it('does not link by an e-mail the provider says it has not verified', async () => {
    const { idToken, nonce } = await tokenFor('vera');
    expect(refusal(await signIn(idToken, nonce)).message).toMatch(/no enabled hub account/);
  });

  it("refuses a token whose nonce is not this attempt's, naming the check", async () => {
    const { idToken } = await tokenFor('alice');
    const { code, message } = refusal(await signIn(idToken, 'some-other-nonce'));
    expect(code).toBe('UNAUTHENTICATED');
    expect(message).toMatch(/failed the nonce check/);
    expect(await lastFailure()).toMatchObject({ method: 'oidc', check: 'nonce' });
  });

  it('refuses the same token a second time', async () => {
    const { idToken, nonce } = await tokenFor('alice');
    dataOf(await signIn(idToken, nonce));
    expect(refusal(await signIn(idToken, nonce)).message).toMatch(/failed the replay check/);
  });

  it('keeps used nonces in the database, until their token expires, so every API process refuses a replay', async () => {
    const { idToken, nonce } = await tokenFor('alice');
    dataOf(await signIn(idToken, nonce));
    const { iss, exp } = decodeJwt(idToken);
    const sql = new SqlClient(api.orm.em.fork());
    const rows = await sql.rows<{ expires: number }>('select extract(epoch from expires_at)::float8 as expires from oidc_used_nonce where nonce_key = ?', [
      `${iss} ${nonce}`,
    ]);
    expect(rows).toEqual([{ expires: exp }]);
  });

  it('refuses a token issued for another client', async () => {
    const { idToken, nonce } = await tokenFor('alice', { client: OTHER_APP });
    expect(refusal(await signIn(idToken, nonce)).message).toMatch(/failed the audience check/);
  });

  it('refuses a token from another provider with keys of its own', async () => {
    const other = await startTestProvider({ clients: [HUB], accounts: ACCOUNTS });
    try {
      const { idToken, nonce } = await tokenFor('alice', { from: other });
      expect(refusal(await signIn(idToken, nonce)).message).toMatch(/failed the signature check/);
    } finally {
      await other.close();
    }
  });

  it('refuses a token from another issuer even when it is signed with the same key', async () => {
    const other = await startTestProvider({ clients: [HUB], accounts: ACCOUNTS, keys: provider.keys });
    try {
      const { idToken, nonce } = await tokenFor('alice', { from: other });
      expect(refusal(await signIn(idToken, nonce)).message).toMatch(/failed the issuer check/);
    } finally {
      await other.close();
    }
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const { idToken, nonce } = await tokenFor('stranger');
    const [header, , signature] = idToken.split('.');
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(idToken), email: 'alice.sso@test.hub', sub: 'alice' })).toString('base64url');
    expect(refusal(await signIn(`${header}.${forged}.${signature}`, nonce)).message).toMatch(/failed the signature check/);
  });

  it('refuses an expired token', async () => {
    const { idToken, nonce } = await tokenFor('alice');
    const { exp } = decodeJwt(idToken);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime((exp! + 120) * 1000);
    expect(refusal(await signIn(idToken, nonce)).message).toMatch(/failed the expiry check/);
  });

  it('says so when single sign-on is not configured', async () => {
    vi.stubEnv('HUB_OIDC_CLIENT_ID', '');
    try {
      const { code, message } = refusal(await signIn('a.b.c', 'n'));
      expect(code).toBe('BAD_REQUEST');
      expect(message).toBe('Single sign-on is not available on this hub: set HUB_OIDC_CLIENT_ID (docs/single-sign-on.md).');
    } finally {
      vi.stubEnv('HUB_OIDC_CLIENT_ID', HUB.client_id);
    }
  });
});
