import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountAdmin } from '../access/account.admin.js';
import { DEFAULT_LIMITS } from './request.limits.js';
import { startApi, type RunningApi } from '../server.js';
import { openTestApi, type TestApi } from '../testing/api.harness.js';

let api: TestApi;
let running: RunningApi;
let token: string;
const RATE = 40;

beforeAll(async () => {
  api = await openTestApi();
  process.env.HUB_CORS_ORIGINS = 'https://allowed.example';
  running = await startApi({ orm: api.orm, port: 0, limits: { ...DEFAULT_LIMITS, ratePerMinute: RATE } });
  delete process.env.HUB_CORS_ORIGINS;
  const email = `http-spec-${Date.now()}@test.hub`;
  await accountAdmin(api.orm).accounts.createUser({ email, displayName: 'HTTP spec', role: 'analyst', password: 'long-password-123' });
  const signIn = await post({
    query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    variables: { e: email, p: 'long-password-123' },
  });
  token = ((await signIn.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
});
afterAll(async () => {
  await running.stop();
  await api.orm.close(true);
});

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
const signedIn = () => ({ authorization: `Bearer ${token}` });

/** An answer that is a JSON GraphQL error with `code`, and nothing that tells how the API is built. */
async function refusal(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const text = await response.text();
  expect(text).not.toMatch(/at .*\.(ts|js):\d+|\/work\/|node_modules|<html|Internal server error/i);
  const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0]!.extensions.code).toBe(code);
  return body.errors[0]!;
}

describe('the HTTP layer', () => {
  it('answers a query with security headers and no caching', async () => {
    const response = await post({ query: '{ programmes { code } }' }, signedIn());
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(((await response.json()) as { data: { programmes: unknown[] } }).data.programmes.length).toBeGreaterThan(0);
  });

  it('refuses malformed JSON with a JSON error, not an HTML stack trace', async () => {
    const error = await refusal(await post('{"query": "{ programmes { code } }"'), 400, 'BAD_REQUEST');
    expect(error.message).toBe('The request body is not valid JSON.');
  });

  it.each([['null'], ['42'], ['"text"']])('refuses a body that is not an object: %s', async (body) => {
    await refusal(await post(body), 400, 'BAD_REQUEST');
  });

  it('refuses a batch', async () => {
    const error = await refusal(await post([{ query: '{ programmes { code } }' }]), 400, 'BAD_REQUEST');
    expect(error.message).toMatch(/Batched/);
  });

  it('refuses a body over 1 MB with 413, naming the limit', async () => {
    const error = await refusal(await post({ query: `{ programmes { code } } #${'x'.repeat(1_100_000)}` }), 413, 'PAYLOAD_TOO_LARGE');
    expect(error.message).toMatch(/limit of 1048576 bytes/);
  });

  it('refuses a missing or wrong content type and a charset other than UTF-8', async () => {
    await refusal(await fetch(running.url, { method: 'POST', body: '{}' }), 415, 'BAD_REQUEST');
    await refusal(await post('{}', { 'content-type': 'text/plain' }), 415, 'BAD_REQUEST');
    await refusal(await post('{}', { 'content-type': 'application/json; charset=latin1' }), 415, 'BAD_REQUEST');
  });

  it('refuses bytes that are not UTF-8', async () => {
    const body = Buffer.concat([Buffer.from('{"query":"{ programmes { code } }", "x": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    await refusal(await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }), 400, 'BAD_REQUEST');
  });

  it('refuses a mutation sent by GET as a request error', async () => {
    const url = `${running.url}?query=${encodeURIComponent('mutation { signOut }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
    expect(await response.text()).not.toMatch(/Internal server error/);
  });

  it('refuses a subscription as a validation error', async () => {
    await refusal(await post({ query: 'subscription { x }' }, signedIn()), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a NUL character in a variable, naming it', async () => {
    const query = 'query($w: [String!]) { referrals(filter: { wardCodes: $w }) { totalCount } }';
    const error = await refusal(await post({ query, variables: { w: ['E0\u00001'] } }, signedIn()), 400, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/"w\.0"/);
  });

  it('refuses a path it does not serve and a method it does not take', async () => {
    await refusal(await fetch(running.url.replace('/graphql', '/nothing')), 404, 'NOT_FOUND');
    await refusal(await fetch(running.url, { method: 'DELETE' }), 405, 'METHOD_NOT_ALLOWED');
  });

  it('shows a browser a small page pointing to the explorer, not Apollo Sandbox', async () => {
    const response = await fetch(running.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(html).toMatch(/\/explorer/);
    expect(html).not.toMatch(/sandbox|apollographql|<script/i);
  });

  it('allows CORS only for a configured origin', async () => {
    const preflight = (origin: string) => fetch(running.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const allowed = await preflight('https://allowed.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    await refusal(await preflight('https://evil.example'), 403, 'FORBIDDEN');
    const simple = await post({ query: '{ programmes { code } }' }, { origin: 'https://evil.example', ...signedIn() });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses introspection to an anonymous caller and allows it once signed in', async () => {
    const query = '{ __schema { queryType { name } } }';
    const error = await refusal(await post({ query }), 401, 'UNAUTHENTICATED');
    expect(error.message).toMatch(/Sign in/);
    const response = await post({ query }, signedIn());
    expect(((await response.json()) as { data: { __schema: { queryType: { name: string } } } }).data.__schema.queryType.name).toBe('Query');
  });
});

describe('the rate limit', () => {
  // Last, since it uses up this caller's minute.
  it('refuses a caller over the limit with 429, naming the limit, while others go on', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < RATE + 2; i++) statuses.push((await post({ query: '{ programmes { code } }' }, signedIn())).status);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(2);
    const error = await refusal(await post({ query: '{ programmes { code } }' }, signedIn()), 429, 'RATE_LIMITED');
    expect(error.message).toMatch(new RegExp(`limit is ${RATE} a minute`));
  });
});
