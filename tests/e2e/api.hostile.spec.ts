import { accountAdmin } from '@hub/api';
import { openOrm, type Orm } from '@hub/db';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * Hundreds of hostile requests over real HTTP, generated from the committed schema: broken
 * syntax, wrong types, huge values, NUL bytes, far dates in every date argument, injection-like
 * text in every string argument, tampered cursors, deep and aliased queries, batches, GET
 * mutations, wrong content types, malformed and oversized bodies. Every answer must be JSON,
 * none may show a stack, SQL, a path or "Internal server error", the API must keep answering,
 * and a signed-in bystander must keep being answered throughout (within 3 s: a liveness check, not a
 * speed target, which the benchmarks measure; a stalled server would not answer at all).
 */
const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../schema/schema.graphql'), 'utf8'));
const LEAKS = [
  /at .*\.(ts|js):\d+/,
  /\/work\//,
  /node_modules/,
  /\bselect\s.+\sfrom\b/i,
  /syntax error at or near/i,
  /Internal server error/i,
  /<html/i,
  /\bpg_|relation ".*" does not exist/i,
];
const PASSWORD = 'long-password-123';

interface Hostile {
  label: string;
  as: 'signed-in' | 'anonymous';
  init: { method: string; headers?: Record<string, string>; body?: string | Buffer };
  path?: string;
}

let orm: Orm;
let apiUrl: string;
const tokens: string[] = [];

async function signIn(email: string): Promise<string> {
  await accountAdmin(orm)
    .accounts.createUser({ email, displayName: 'Hostile suite', role: 'analyst', password: PASSWORD })
    .catch(() => undefined);
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: email, p: PASSWORD } }),
  });
  return ((await response.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
}

beforeAll(async () => {
  apiUrl = inject('apiUrl');
  orm = await openOrm(inject('databaseUrl'));
  // Three callers share the hostile requests, so none reaches the per-minute rate limit.
  for (const name of ['hostile-a', 'hostile-b', 'hostile-c', 'bystander']) tokens.push(await signIn(`${name}-${Date.now()}@e2e.hub`));
});
afterAll(() => orm?.close(true));

// ---- generating requests from the schema ----

const FAR_DAYS = ['9999-12-31', '10000-01-01', '0000-01-01', '1899-12-31', '2101-01-01', '-0001-01-01', '2020-02-30'];
const INJECTIONS = [
  "' OR '1'='1",
  "'; drop table referral; --",
  '") or 1=1 --',
  '\\',
  '%',
  '_%_',
  '$1',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'A'.repeat(100_000),
  '\u202e\ud83d\ude00',
  'null',
  '-1',
];

/** A value of `type` that passes validation, to fill required arguments. */
function plainValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plainValue(type.ofType);
  if (isListType(type)) return [plainValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, plainValue(field.type)]),
    );
  }
  return (
    ({ ID: '1', String: 'x', Int: 1, Float: 1, Boolean: true, LocalDate: '2020-01-01', DateTime: '2020-01-01T00:00:00Z' } as Record<string, unknown>)[
      (type as { name: string }).name
    ] ?? 'x'
  );
}

/** Every place under an argument that holds a scalar named `scalar`: ['filter', 'periodTo'] and so on. */
function pathsOf(type: GraphQLInputType, scalar: (name: string) => boolean, path: string[], seen = new Set<string>()): string[][] {
  const named = getNamedType(type);
  if (isScalarType(named)) return scalar(named.name) ? [path] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  return Object.values(named.getFields()).flatMap((field) => pathsOf(field.type, scalar, [...path, field.name], new Set([...seen, named.name])));
}

/** Sets `value` at `path` within the required arguments, wrapping in a list where the type has one. */
function argumentsWith(field: GraphQLField<unknown, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const args = Object.fromEntries(field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, plainValue(arg.type)]));
  let holder: Record<string, unknown> = args;
  let type: GraphQLInputType = field.args.find((arg) => arg.name === path[0])!.type;
  path.forEach((key, index) => {
    const last = index === path.length - 1;
    const named = getNamedType(type);
    const wrapped = isListType(isNonNullType(type) ? type.ofType : type);
    const next = last ? value : ((holder[key] as Record<string, unknown> | undefined) ?? plainValue(named as GraphQLInputType) ?? {});
    holder[key] = wrapped ? [next] : next;
    if (!last) {
      holder = next as Record<string, unknown>;
      type = (named as { getFields(): Record<string, { type: GraphQLInputType }> }).getFields()[path[index + 1]!]!.type;
    }
  });
  return args;
}

/** An operation calling one root field with its arguments passed as variables. */
function operationFor(schemaType: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const declared = field.args.filter((arg) => arg.name in variables);
  const definitions = declared.map((arg: GraphQLArgument) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = declared.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${schemaType} Hostile${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

function graphqlPost(label: string, body: unknown, as: Hostile['as'] = 'signed-in'): Hostile {
  return { label, as, init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } };
}

const queryFields = (target: GraphQLSchema) => Object.values(target.getQueryType()!.getFields());

function farDateRequests(): Hostile[] {
  return queryFields(schema).flatMap((field) =>
    field.args
      .flatMap((arg) => pathsOf(arg.type, (name) => name === 'LocalDate' || name === 'DateTime', [arg.name]))
      .flatMap((path) =>
        FAR_DAYS.slice(0, 3).map((day) => {
          const variables = argumentsWith(field, path, day);
          return graphqlPost(`far date ${day} in ${field.name}.${path.join('.')}`, { query: operationFor('query', field, variables), variables });
        }),
      ),
  );
}

function farDateLiteralRequests(): Hostile[] {
  return FAR_DAYS.map((day) =>
    graphqlPost(`far date literal ${day}`, { query: `{ referralsPerMonth(filter: { periodFrom: "1900-01-01", periodTo: "${day}" }) { count } }` }),
  );
}

function injectionRequests(): Hostile[] {
  return queryFields(schema).flatMap((field) =>
    field.args
      .flatMap((arg) => pathsOf(arg.type, (name) => name === 'String' || name === 'ID', [arg.name]))
      .flatMap((path) =>
        INJECTIONS.filter((_, index) => index % 3 === path.length % 3).map((text) => {
          const variables = argumentsWith(field, path, text);
          return graphqlPost(`injection in ${field.name}.${path.join('.')}`, { query: operationFor('query', field, variables), variables });
        }),
      ),
  );
}

function wrongTypeRequests(): Hostile[] {
  const values: unknown[] = [2147483648, 1e308, -1, '99999999999999999999999', 'x'.repeat(5000), true, { a: 1 }, [1, [2]], 'a\u0000b'];
  return values.flatMap((value) => [
    graphqlPost(`wrong type first=${String(value).slice(0, 20)}`, { query: 'query($n: Int) { referrals(first: $n) { totalCount } }', variables: { n: value } }),
    graphqlPost(`wrong type id=${String(value).slice(0, 20)}`, { query: 'query($id: ID!) { programme(id: $id) { name } }', variables: { id: value } }),
    graphqlPost(`wrong type referral id`, { query: 'query($id: ID!) { referral(id: $id) { id } }', variables: { id: value } }),
    graphqlPost(`literal id`, { query: `{ contract(id: ${JSON.stringify(String(value))}) { name } }` }),
  ]);
}

function cursorRequests(): Hostile[] {
  const tampered = [
    Buffer.from(JSON.stringify(['referral', "1' or 1=1"])).toString('base64url'),
    Buffer.from(JSON.stringify(['referral', '2020-01-01', '99999999999999999999'])).toString('base64url'),
    Buffer.from(JSON.stringify(['person', '1'])).toString('base64url'),
    Buffer.from('{"__proto__": {"x": 1}}').toString('base64url'),
    Buffer.from(JSON.stringify(['referral', '9999-99-99', '1'])).toString('base64url'),
    'A'.repeat(5000),
    '',
    '====',
    '%00',
    'eyJ',
  ];
  const lists = queryFields(schema).filter((field) => field.args.some((arg) => arg.name === 'after'));
  return lists.flatMap((field) =>
    tampered.map((after) => {
      const variables = { ...argumentsWith(field, ['after'], after) };
      return graphqlPost(`cursor on ${field.name}`, { query: operationFor('query', field, variables), variables });
    }),
  );
}

function syntaxRequests(): Hostile[] {
  const documents = [
    '{',
    '}',
    '{ programmes { code }',
    'query { programmes(',
    '{ programmes { code } } }',
    '"unterminated',
    '{ ...on }',
    'fragment F on Query { ...F } { ...F }',
    '{ programmes { code } } { programmes { code } }',
    'query A { programmes { code } } query A { programmes { code } }',
    '\u0000',
    '{ programmes { code \u0000 } }',
    '{ __typename @skip }',
    '{ nope }',
    'mutation { nope }',
    'subscription { x }',
    'subscription S { referrals { totalCount } }',
    '',
    ' ',
    '#',
    '{ programmes(first: "x") { code } }',
    `{ ${'a'.repeat(100_000)} }`,
    `{ ${'programmes { code } '.repeat(400)} }`,
    '{ programmes { code @include(if: true) @include(if: true) } }',
  ];
  return [
    ...documents.map((query) => graphqlPost('syntax', { query })),
    ...documents.slice(0, 12).map((query) => graphqlPost('syntax anonymous', { query }, 'anonymous')),
    graphqlPost('query not a string', { query: 42 }),
    graphqlPost('query array', { query: ['{ programmes { code } }'] }),
    graphqlPost('variables string', { query: '{ programmes { code } }', variables: 'x' }),
    graphqlPost('no query', { variables: {} }),
    graphqlPost('operation name unknown', { query: '{ programmes { code } }', operationName: 'Nope' }),
    graphqlPost('extensions junk', { query: '{ programmes { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }),
  ];
}

function nestingRequests(): Hostile[] {
  const nest = (levels: number, [a, b]: [string, string], leaf: string) => {
    let selection = leaf;
    for (let level = 0; level < levels; level++) selection = `${level % 2 ? b : a} { ${selection} }`;
    return selection;
  };
  const requests: Hostile[] = [];
  for (const depth of [8, 12, 14, 20, 50]) {
    requests.push(graphqlPost(`deep contracts ${depth}`, { query: `{ contracts { ${nest(depth, ['kpis', 'contract'], 'name')} } }` }));
    requests.push(graphqlPost(`deep programmes ${depth}`, { query: `{ programmes { ${nest(depth, ['venues', 'programmes'], 'code')} } }` }));
    requests.push(graphqlPost(`deep qi ${depth}`, { query: `{ qiProjects { ${nest(depth, ['pdsaCycles', 'project'], 'id')} } }` }));
  }
  for (const count of [21, 100, 1000]) {
    requests.push(graphqlPost(`aliases ${count}`, { query: `{ ${Array.from({ length: count }, (_, i) => `a${i}: programmes { code }`).join(' ')} }` }));
  }
  requests.push(graphqlPost('directives', { query: `{ programmes { ${'code @include(if: true) '.repeat(60)} } }` }));
  requests.push(
    graphqlPost('costly', {
      query: '{ referrals(first: 500) { edges { node { attendance { sessionOn } outcomes { id } statusHistory { status } person { referrals { id } } } } } }',
    }),
  );
  requests.push(
    graphqlPost('fragment fan-out', {
      query: `fragment P on Programme { code name } { ${Array.from({ length: 20 }, (_, i) => `p${i}: programmes { ...P }`).join(' ')} }`,
    }),
  );
  return requests;
}

function transportRequests(): Hostile[] {
  const query = '{ programmes { code } }';
  const raw = (label: string, init: Hostile['init'], path?: string): Hostile => ({ label, as: 'signed-in', init, path });
  return [
    raw('batched array', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query }, { query }]) }),
    raw('empty array', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' }),
    raw('GET mutation', { method: 'GET', headers: { 'apollo-require-preflight': '1' } }, `?query=${encodeURIComponent('mutation { signOut }')}`),
    raw('GET mutation, no preflight header', { method: 'GET' }, `?query=${encodeURIComponent('mutation { signOut }')}`),
    raw('GET bad variables', { method: 'GET', headers: { 'apollo-require-preflight': '1' } }, `?query=${encodeURIComponent(query)}&variables=%7B`),
    raw(
      'GET NUL variable',
      { method: 'GET', headers: { 'apollo-require-preflight': '1' } },
      `?query=${encodeURIComponent('query($c: String) { referrals(after: $c) { totalCount } }')}&variables=${encodeURIComponent('{"c":"\\u0000"}')}`,
    ),
    raw('no content type', { method: 'POST', body: JSON.stringify({ query }) }),
    raw('text/plain', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query }) }),
    raw('form', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=x' }),
    raw('multipart', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\n\r\n--x--' }),
    raw('latin1 charset', { method: 'POST', headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: JSON.stringify({ query }) }),
    raw('utf-16 charset', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-16' }, body: JSON.stringify({ query }) }),
    raw('bad utf-8', { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }),
    raw('truncated JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ programmes' }),
    raw('JSON null', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' }),
    raw('JSON number', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '1e999' }),
    raw('JSON string', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"{ programmes { code } }"' }),
    raw('deep JSON', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query": "${query}", "variables": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
    }),
    raw('empty body', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '' }),
    raw('PUT', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }),
    raw('DELETE', { method: 'DELETE' }),
    raw('PATCH', { method: 'PATCH', body: '{}' }),
    raw('unknown path', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }, '/../../etc/passwd'),
    raw('preflight from a stranger', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }),
    ...[2, 10, 60].map((megabytes) =>
      raw(`${megabytes} MB body`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify({ query, variables: { pad: 'x'.repeat(megabytes * 1024 * 1024) } })),
      }),
    ),
  ];
}

// ---- sending and judging ----

interface Outcome {
  label: string;
  status: number;
  code: string | null;
  problem: string | null;
  ms?: number;
}

async function send(request: Hostile, token: string): Promise<Outcome> {
  const url = request.path?.startsWith('/') ? apiUrl.replace(/\/graphql$/, request.path) : `${apiUrl}${request.path ?? ''}`;
  const headers = { ...request.init.headers, ...(request.as === 'signed-in' ? { authorization: `Bearer ${token}` } : {}) };
  const started = performance.now();
  try {
    const response = await fetch(url, { ...request.init, body: request.init.body as BodyInit | undefined, headers, signal: AbortSignal.timeout(30_000) });
    const outcome = judge(request.label, response.status, response.headers.get('content-type') ?? '', await response.text());
    return { ...outcome, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? '';
    return { label: request.label, status: 0, code: null, problem: `no answer: ${(error as Error).message} ${cause}` };
  }
}

function judge(label: string, status: number, contentType: string, text: string): Outcome {
  const leak = LEAKS.find((pattern) => pattern.test(text));
  if (leak) return { label, status, code: null, problem: `leaks ${leak}: ${text.slice(0, 300)}` };
  if (status >= 500) return { label, status, code: null, problem: `status ${status}` };
  if (status === 204) return { label, status, code: null, problem: null };
  if (!contentType.startsWith('application/json') && !contentType.startsWith('application/graphql-response+json')) {
    return { label, status, code: null, problem: `answered ${contentType}: ${text.slice(0, 200)}` };
  }
  const body = JSON.parse(text) as { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  if (!body.errors) return { label, status, code: null, problem: status === 200 && body.data !== undefined ? null : 'no data and no errors' };
  const malformed = body.errors.find((error) => typeof error.message !== 'string' || typeof error.extensions?.code !== 'string');
  if (malformed) return { label, status, code: null, problem: `error without message or code: ${JSON.stringify(malformed)}` };
  return { label, status, code: String(body.errors[0]!.extensions!.code), problem: null };
}

async function inParallel(requests: Hostile[], width: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async (lane: number) => {
    while (next < requests.length) {
      const request = requests[next++]!;
      outcomes.push(await send(request, tokens[lane % 3]!));
    }
  };
  await Promise.all(Array.from({ length: width }, (_, lane) => worker(lane)));
  return outcomes;
}

/**
 * A signed-in analyst asking a small question every 250 ms, from a process of its own so that
 * this worker building and sending 60 MB bodies does not slow its clock; the slowest answer.
 */
const BYSTANDER = `
let running = true, failed = 0; const timings = [];
process.stdin.on('end', () => { running = false; });
process.stdin.resume();
const ask = () => fetch(process.env.API_URL, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + process.env.TOKEN },
  body: JSON.stringify({ query: '{ programmes { code } }' }) });
await (await ask()).text();
console.log('ready');
while (running) {
  const started = performance.now();
  const response = await ask().catch(() => null);
  const ok = response?.status === 200 && !(await response.json()).errors;
  if (ok) timings.push(performance.now() - started); else failed++;
  await new Promise((done) => setTimeout(done, 250));
}
console.log(JSON.stringify({ slowest: Math.round(Math.max(...timings)), answered: timings.length, failed }));
`;

/** Starts the bystander once its first (connecting) request is answered, so timing starts warm. */
async function bystander(): Promise<{ stop(): Promise<{ slowest: number; answered: number; failed: number }> }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', BYSTANDER], {
    env: { ...process.env, API_URL: apiUrl, TOKEN: tokens[3] },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((done) => child.once('exit', done));
  await new Promise<void>((ready) => child.stdout.on('data', () => output.includes('ready\n') && ready()));
  return {
    async stop() {
      child.stdin.end();
      await exited;
      return JSON.parse(output.replace('ready\n', '')) as { slowest: number; answered: number; failed: number };
    },
  };
}

async function stillAnswers(): Promise<boolean> {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[3]}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return response.status === 200;
}

describe('the API under hostile requests', () => {
  it('answers every one with data or a JSON error, leaks nothing, and keeps serving a bystander within 3 s', { timeout: 120_000 }, async () => {
    const batches: [string, Hostile[]][] = [
      ['syntax', syntaxRequests()],
      ['wrong types', wrongTypeRequests()],
      ['far dates', [...farDateRequests(), ...farDateLiteralRequests()]],
      ['injection', injectionRequests()],
      ['cursors', cursorRequests()],
      ['nesting', nestingRequests()],
      ['transport', transportRequests()],
      ['anonymous', [...farDateRequests().slice(0, 30), ...injectionRequests().slice(0, 40)].map((request) => ({ ...request, as: 'anonymous' as const }))],
    ];
    const watcher = await bystander();
    const outcomes: Outcome[] = [];
    const started = performance.now();
    for (const [name, requests] of batches) {
      outcomes.push(...(await inParallel(requests, 6)));
      expect(await stillAnswers(), `the API stopped answering after the ${name} batch`).toBe(true);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const watched = await watcher.stop();
    const problems = outcomes.filter((outcome) => outcome.problem);
    const codes = countBy(outcomes.map((outcome) => outcome.code ?? (outcome.status === 200 ? 'data' : String(outcome.status))));
    console.log(
      `hostile suite: ${outcomes.length} requests in ${seconds} s, ${problems.length} problems, ${outcomes.filter((o) => o.code).length} refused ` +
        `(${Object.entries(codes)
          .map(([code, count]) => `${code} ${count}`)
          .join(', ')}); bystander ${watched.answered} answered, slowest ${watched.slowest} ms, ${watched.failed} failed`,
    );
    const slowest = [...outcomes].sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0)).slice(0, 5);
    console.log(`slowest: ${slowest.map((outcome) => `${outcome.label} ${outcome.ms} ms`).join('; ')}`);
    expect(problems.slice(0, 10)).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(500);
    expect(watched.failed).toBe(0);
    expect(watched.slowest).toBeLessThan(3000);
  });

  it('refuses a far date in every date argument of the schema with BAD_USER_INPUT', async () => {
    const requests = farDateRequests().filter((request) => request.label.startsWith('far date 9999-12-31'));
    expect(requests.length).toBeGreaterThan(10);
    const outcomes = await inParallel(requests, 6);
    const accepted = outcomes.filter((outcome) => outcome.code !== 'BAD_USER_INPUT');
    expect(accepted.map((outcome) => `${outcome.label}: ${outcome.code ?? outcome.status}`)).toEqual([]);
  });
});

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
