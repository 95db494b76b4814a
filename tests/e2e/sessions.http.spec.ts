import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accountOf, freshSignIn, tokenFor } from '../support/accounts.js';
import { ask, e2eDatabase, expectRefused } from '../support/access.checks.js';
import { SIGN_IN_MUTATION } from '../support/account.factory.js';

/** Sessions and personal API tokens over real HTTP: when they start working, and when they stop at once. */
const sql = e2eDatabase();

const WHO = '{ me { id role } }';
const DATA = '{ programmes { id } }';
const CREATE_TOKEN = `mutation ($name: String!, $days: Int!) {
  createApiToken(name: $name, expiresInDays: $days) { secret token { id name } }
}`;

async function updateUser(id: number, input: Record<string, unknown>): Promise<void> {
  const answer = await ask(
    'mutation ($id: ID!, $input: UserChangeInput!) { updateUser(id: $id, input: $input) { id } }',
    { id: String(id), input },
    await tokenFor('admin'),
  );
  expect(answer.errors).toBeUndefined();
}

/** The caller works: `me` names them and data is open to them. */
async function expectWorks(token: string, accountId: number): Promise<void> {
  expect((await ask(WHO, {}, token)).data.me.id).toBe(String(accountId));
  expect((await ask(DATA, {}, token)).errors).toBeUndefined();
}

/** The credential no longer works: the caller is anonymous and asked to sign in. */
async function expectEnded(token: string): Promise<void> {
  expect(await ask(WHO, {}, token)).toEqual({ data: { me: null } });
  expectRefused(await ask(DATA, {}, token), 'UNAUTHENTICATED');
}

describe('sessions', () => {
  it('end when signed out: the token is then anonymous, and signing out again does nothing', async () => {
    const account = await accountOf('analyst');
    const token = await freshSignIn('analyst');
    await expectWorks(token, account.id);
    expect(await ask('mutation { signOut }', {}, token)).toEqual({ data: { signOut: true } });
    await expectEnded(token);
    expect(await ask('mutation { signOut }', {}, token)).toEqual({ data: { signOut: false } });
  });

  it('are stored hashed: the database holds the SHA-256 of the token, never the token', async () => {
    const token = await freshSignIn('analyst');
    const stored = await sql.query(`select token_hash from user_session where token_hash in ($1, $2)`, [
      token,
      createHash('sha256').update(token).digest('hex'),
    ]);
    expect(stored.rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
  });

  it('and API tokens of a disabled account stop working at once, and it cannot sign in', async () => {
    const spec = { role: 'analyst', name: 'analyst to be disabled' } as const;
    const account = await accountOf(spec);
    const session = await freshSignIn(spec);
    const apiToken = (await ask(CREATE_TOKEN, { name: 'before disabling', days: 30 }, session)).data.createApiToken.secret;
    await expectWorks(apiToken, account.id);
    await updateUser(account.id, { disabled: true });
    await expectEnded(session);
    await expectEnded(apiToken);
    expectRefused(await ask(SIGN_IN_MUTATION, { email: account.email, password: account.password }), 'UNAUTHENTICATED');
  });

  it('end when an admin changes the role; a new sign-in carries the new role', async () => {
    const spec = { role: 'analyst', name: 'analyst who becomes a qi lead' } as const;
    const account = await accountOf(spec);
    const session = await freshSignIn(spec);
    await expectWorks(session, account.id);
    await updateUser(account.id, { role: 'QI_LEAD' });
    await expectEnded(session);
    const again = await ask(SIGN_IN_MUTATION.replace('{ token }', '{ token user { role } }'), { email: account.email, password: account.password });
    expect(again.data.signIn.user).toEqual({ role: 'QI_LEAD' });
  });

  it('end when an admin sets a new password; the old password no longer signs in', async () => {
    const spec = { role: 'qi_lead', name: 'qi lead with a new password' } as const;
    const account = await accountOf(spec);
    const session = await freshSignIn(spec);
    await updateUser(account.id, { password: 'a-completely-new-passphrase' });
    await expectEnded(session);
    expectRefused(await ask(SIGN_IN_MUTATION, { email: account.email, password: account.password }), 'UNAUTHENTICATED');
    expect((await ask(SIGN_IN_MUTATION, { email: account.email, password: 'a-completely-new-passphrase' })).errors).toBeUndefined();
  });

  it("also work as the dashboard's hub_session cookie", async () => {
    const account = await accountOf('analyst');
    const answer = await ask(WHO, {}, null, { cookie: `theme=dark; hub_session=${await tokenFor('analyst')}` });
    expect(answer.data.me).toEqual({ id: String(account.id), role: 'ANALYST' });
  });

  it('tell when they expire, as an ISO instant', async () => {
    const { email, password } = await accountOf('analyst');
    const started = Date.now();
    const answer = await ask(SIGN_IN_MUTATION.replace('{ token }', '{ expiresAt }'), { email, password });
    expect(answer.errors).toBeUndefined();
    expect(Date.parse(answer.data.signIn.expiresAt) - started).toBeGreaterThan(60 * 60_000);
  });

  it('are not made up: a well-formed token that was never issued is anonymous', async () => {
    await expectEnded(`hubs_${'A'.repeat(43)}`);
    await expectEnded(`hubt_${'A'.repeat(43)}`);
  });
});

describe('personal API tokens', () => {
  const owner = { role: 'analyst', name: 'analyst with api tokens' } as const;

  it('show their secret once, at creation; the list never holds it', async () => {
    const session = await tokenFor(owner);
    const created = await ask(CREATE_TOKEN, { name: 'weekly uptake script', days: 30 }, session);
    const { secret, token } = created.data.createApiToken;
    expect(secret).toMatch(/^hubt_[A-Za-z0-9_-]{43}$/);
    expect(token.name).toBe('weekly uptake script');
    const listed = await ask('{ myApiTokens { id name } }', {}, session);
    expect(listed.data.myApiTokens.map((entry: any) => entry.id)).toContain(token.id);
    expect(JSON.stringify(listed)).not.toContain(secret.slice(5));
    // The type has no field that could carry it.
    expect((await ask('{ myApiTokens { secret } }', {}, session)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const stored = await sql.query(`select token_hash from api_token where id = $1`, [token.id]);
    expect(stored.rows[0].token_hash).toBe(createHash('sha256').update(secret).digest('hex'));
  });

  it('work as a bearer token, are marked used, and stop at once when revoked', async () => {
    const session = await tokenFor(owner);
    const account = await accountOf(owner);
    const { secret, token } = (await ask(CREATE_TOKEN, { name: 'to be revoked', days: 30 }, session)).data.createApiToken;
    const stamps = () => sql.query(`select last_used_at, revoked_at from api_token where id = $1`, [token.id]).then(({ rows }) => rows[0]);
    expect(await stamps()).toEqual({ last_used_at: null, revoked_at: null });
    await expectWorks(secret, account.id);
    expect((await stamps()).last_used_at).not.toBeNull();
    expect(await ask('mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', { id: token.id }, session)).toEqual({
      data: { revokeApiToken: { id: token.id } },
    });
    expect((await stamps()).revoked_at).not.toBeNull();
    await expectEnded(secret);
  });

  it('cannot be revoked by another user who is not an admin', async () => {
    const { token, secret } = (await ask(CREATE_TOKEN, { name: 'not yours to revoke', days: 30 }, await tokenFor(owner))).data.createApiToken;
    const attempt = await ask('mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', { id: token.id }, await tokenFor('analyst'));
    expect(attempt.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await expectWorks(secret, (await accountOf(owner)).id);
  });

  it('stop working once expired', async () => {
    const { secret, token } = (await ask(CREATE_TOKEN, { name: 'expires tomorrow', days: 1 }, await tokenFor(owner))).data.createApiToken;
    await expectWorks(secret, (await accountOf(owner)).id);
    await sql.query(`update api_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 second' where id = $1`, [token.id]);
    await expectEnded(secret);
  });

  it('tell when they were made, expire, were last used and were revoked, as ISO instants', async () => {
    const session = await tokenFor(owner);
    const { token, secret } = (await ask(CREATE_TOKEN, { name: 'with instants', days: 3 }, session)).data.createApiToken;
    await ask(WHO, {}, secret);
    await ask('mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', { id: token.id }, session);
    const answer = await ask('{ myApiTokens { id createdAt expiresAt lastUsedAt revokedAt } }', {}, session);
    expect(answer.errors).toBeUndefined();
    const listed = answer.data.myApiTokens.find((entry: any) => entry.id === token.id);
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
    for (const field of ['createdAt', 'expiresAt', 'lastUsedAt', 'revokedAt']) expect(listed[field], field).toMatch(iso);
    expect(Date.parse(listed.expiresAt) - Date.parse(listed.createdAt)).toBe(3 * 86_400_000);
  });

  it('are refused to an anonymous caller, and their lifetime is bounded', async () => {
    expectRefused(await ask(CREATE_TOKEN, { name: 'anonymous', days: 30 }), 'UNAUTHENTICATED');
    const tooLong = await ask(CREATE_TOKEN, { name: 'forever', days: 367 }, await tokenFor(owner));
    expect(tooLong.errors?.[0].message).toMatch(/expiresInDays/);
  });
});
