import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { migrate, openOrm, type Orm } from '@hub/db';
import { seedDatabase } from '@hub/seed';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accountAdmin } from '../access/account.admin.js';
import { DEFAULT_LIMITS } from '../http/request.limits.js';
import { startApi, type RunningApi } from '../server.js';

const SAMPLES = resolve(import.meta.dirname, '../../../../seed/samples');
const KEY = 'import-http-spec-key-'.padEnd(64, '0');
const UPLOAD_LIMIT = 64 * 1024;
const PASSWORD = 'long-password-123';

const IMPORT = `mutation Import($kind: ImportKind!, $file: Upload!) {
  importFile(kind: $kind, file: $file) { id kind fileName sha256 importedBy status rowsRead inserted updated unchanged quarantined }
}`;

let shared: Orm;
let orm: Orm;
let database: string;
let api: RunningApi;
const tokens: Record<'admin' | 'analyst' | 'manager', string> = { admin: '', analyst: '', manager: '' };

beforeAll(async () => {
  // A seeded town of its own: the imports below add to it, and other spec files count the shared database.
  shared = await openOrm(inject('databaseUrl'));
  database = `hub_import_http_${process.pid}_${Date.now().toString(36)}`;
  await shared.em.getKnex().raw(`create database "${database}"`);
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${database}`;
  orm = await openOrm(url.toString());
  await migrate(orm);
  await seedDatabase(url.toString(), { referrals: 100, pseudonymKey: KEY });
  api = await startApi({ orm, port: 0, pseudonymKey: KEY, limits: { ...DEFAULT_LIMITS, uploadBytes: UPLOAD_LIMIT, ratePerMinute: 10_000 } });
  const { accounts } = accountAdmin(orm);
  const roles = { admin: 'admin', analyst: 'analyst', manager: 'service_manager' } as const;
  for (const [who, role] of Object.entries(roles) as [keyof typeof roles, (typeof roles)[keyof typeof roles]][]) {
    const email = `import-${who}@test.hub`;
    await accounts.createUser({ email, displayName: `Import ${who}`, role, password: PASSWORD });
    const answer = await graphql({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      variables: { e: email, p: PASSWORD },
    });
    tokens[who] = (answer.body as { data: { signIn: { token: string } } }).data.signIn.token;
  }
}, 240_000);

afterAll(async () => {
  await api?.stop();
  await orm?.close(true);
  await shared.em.getKnex().raw(`drop database if exists "${database}" with (force)`);
  await shared.close(true);
});

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function graphql(body: unknown, token?: string): Promise<Answer> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** A GraphQL multipart request, as the spec lays it out: operations, map, then the file. */
async function upload(kind: string, fileName: string, content: string | Buffer, options: { token?: string; preflight?: boolean } = {}): Promise<Answer> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT, variables: { kind, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([content]), fileName);
  const headers: Record<string, string> = {};
  if (options.preflight !== false) headers['apollo-require-preflight'] = 'true';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(api.url, { method: 'POST', headers, body: form });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const sample = (name: string) => readFileSync(resolve(SAMPLES, name));

async function count(table: string): Promise<number> {
  const [row] = (await orm.em.getKnex().raw(`select count(*)::int as n from ${table}`)).rows as { n: number }[];
  return row.n;
}

async function leftoverUploads(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('hub-upload-'));
}

describe('importFile over HTTP multipart', () => {
  let firstRun = '';

  it('imports the sample referrals as an admin and returns the run with its counts', async () => {
    const before = await leftoverUploads();
    const answer = await upload('REFERRALS', 'referrals.csv', sample('referrals.csv'), { token: tokens.admin });
    expect(answer.body.errors).toBeUndefined();
    const run = answer.body.data!.importFile as Record<string, unknown>;
    expect(run).toMatchObject({
      kind: 'REFERRALS',
      fileName: 'referrals.csv',
      importedBy: 'import-admin@test.hub',
      status: 'COMPLETED',
      rowsRead: 15,
      inserted: 15,
      updated: 0,
      unchanged: 0,
      quarantined: 0,
    });
    expect(run.sha256).toMatch(/^[0-9a-f]{64}$/);
    firstRun = run.id as string;
    // The temporary file is gone once the answer is sent.
    expect(await leftoverUploads()).toEqual(before);
  });

  it('leaves every row unchanged when the same file comes again', async () => {
    const referrals = await count('referral');
    const answer = await upload('REFERRALS', 'referrals.csv', sample('referrals.csv'), { token: tokens.admin });
    expect(answer.body.data!.importFile).toMatchObject({ rowsRead: 15, inserted: 0, updated: 0, unchanged: 15, quarantined: 0 });
    expect(await count('referral')).toBe(referrals);
  });

  it('lists the quarantined rows of the error sample with their reasons, paged, and audits the read', async () => {
    const answer = await upload('REFERRALS', 'referrals-with-errors.csv', sample('referrals-with-errors.csv'), { token: tokens.admin });
    const run = answer.body.data!.importFile as { id: string };
    expect(run).toMatchObject({ rowsRead: 9, inserted: 2, quarantined: 7 });
    const query = `query Quarantine($runId: ID!, $after: String) {
      importQuarantine(runId: $runId, first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { rowNumber row reasons } } }
    }`;
    const first = await graphql({ query, variables: { runId: run.id }, operationName: 'Quarantine' }, tokens.admin);
    const page1 = first.body.data!.importQuarantine as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { rowNumber: number; row: Record<string, string>; reasons: string[] } }[];
    };
    expect(page1.totalCount).toBe(7);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges.map((edge) => edge.node.rowNumber)).toEqual([3, 4, 5, 6]);
    expect(page1.edges[0].node.reasons).toEqual(['nhs_number: check digit is wrong']);
    expect(page1.edges[1].node.reasons).toEqual(['ethnic_category: "Purple" is not one of the NHS ethnic categories (A–S, Z, 99 or their labels)']);
    // The NHS number never comes back: an invalid one is a blank, a valid one its 64-hex pseudonym.
    expect(page1.edges[0].node.row.nhs_number).toBe('');
    expect(page1.edges[1].node.row).toMatchObject({ referral_id: 'ERR-0003', ethnic_category: 'Purple' });
    expect(page1.edges[1].node.row.nhs_number).toMatch(/^[0-9a-f]{64}$/);
    const second = await graphql({ query, variables: { runId: run.id, after: page1.pageInfo.endCursor } }, tokens.admin);
    const page2 = second.body.data!.importQuarantine as typeof page1;
    expect(page2.edges.map((edge) => edge.node.rowNumber)).toEqual([7, 8, 9]);
    expect(page2.edges[2].node.reasons).toEqual([
      'programme: "aqua-aerobics" is not a programme of the hub',
      'source: "Carrier pigeon" is not one of the referral sources (gp, hospital, community, social_care, self, other)',
    ]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const audits = (
      await orm.em.getKnex().raw(`select actor, row_count, detail->'read' ? 'imports.quarantine' as quarantine from audit_log
               where action = 'records.read' and operation = 'Quarantine' order by id`)
    ).rows as { actor: string; row_count: number; quarantine: boolean }[];
    // One entry per request, counting the quarantined rows it returned.
    expect(audits).toEqual([
      { actor: 'import-admin@test.hub', row_count: 4, quarantine: true },
      { actor: 'import-admin@test.hub', row_count: 3, quarantine: true },
    ]);
  });

  it('lists the runs newest first, with who imported them', async () => {
    const answer = await graphql(
      { query: '{ importRuns(first: 2) { totalCount edges { node { id fileName importedBy inserted unchanged quarantined } } } }' },
      tokens.admin,
    );
    const runs = answer.body.data!.importRuns as { totalCount: number; edges: { node: Record<string, unknown> }[] };
    expect(runs.totalCount).toBe(3);
    expect(runs.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ fileName: 'referrals-with-errors.csv', inserted: 2, quarantined: 7 }),
      expect.objectContaining({ fileName: 'referrals.csv', inserted: 0, unchanged: 15 }),
    ]);
    expect(Number(runs.edges[1].node.id)).toBeGreaterThan(Number(firstRun));
  });

  it("shows a service manager their own imports only, and not another's quarantine", async () => {
    const runs = await graphql({ query: '{ importRuns { totalCount } }' }, tokens.manager);
    expect(runs.body.data!.importRuns).toEqual({ totalCount: 0 });
    const quarantine = await graphql({ query: `{ importQuarantine(runId: "${firstRun}") { totalCount } }` }, tokens.manager);
    expect(quarantine.body.data!.importQuarantine).toBeNull();
  });

  it('describes each kind of file from the import templates', async () => {
    const answer = await graphql({ query: '{ importTemplates { kind sheet columns { name type required codes example } } }' }, tokens.admin);
    const templates = answer.body.data!.importTemplates as { kind: string; sheet: string; columns: { name: string; required: boolean; codes: string[] }[] }[];
    const referrals = templates.find((template) => template.kind === 'REFERRALS')!;
    expect(referrals.sheet).toBe('Referrals');
    expect(referrals.columns[0]).toMatchObject({ name: 'referral_id', required: true, codes: [] });
    expect(referrals.columns.find((column) => column.name === 'source')!.codes).toEqual(['gp', 'hospital', 'community', 'social_care', 'self', 'other']);
  });

  it('says which kinds the caller may send: every one for an admin, a service manager not QI values or population', async () => {
    const mayImport = async (token: string) => {
      const answer = await graphql({ query: '{ importTemplates { kind mayImport } }' }, token);
      const templates = answer.body.data!.importTemplates as { kind: string; mayImport: boolean }[];
      return Object.fromEntries(templates.map((template) => [template.kind, template.mayImport]));
    };
    await expect(mayImport(tokens.admin)).resolves.toEqual({ REFERRALS: true, OUTCOMES: true, ATTENDANCE: true, QI_MEASURES: true, POPULATION: true });
    await expect(mayImport(tokens.manager)).resolves.toEqual({ REFERRALS: true, OUTCOMES: true, ATTENDANCE: true, QI_MEASURES: false, POPULATION: false });
  });

  it('refuses a file wrong as a whole with BAD_USER_INPUT naming the reason, and writes nothing', async () => {
    const runs = await count('import_run');
    const referrals = await count('referral');
    const header = sample('referrals.csv').toString('utf8').split('\n')[0];
    const answer = await upload('REFERRALS', 'header-only.csv', `${header}\n`, { token: tokens.admin });
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors![0].message).toBe('file: header-only.csv has a header but no data rows');
    expect(await count('import_run')).toBe(runs);
    expect(await count('referral')).toBe(referrals);
  });

  it('refuses an analyst (403 FORBIDDEN) and an anonymous caller (401 UNAUTHENTICATED) before reading the file', async () => {
    const analyst = await upload('REFERRALS', 'referrals.csv', sample('referrals.csv'), { token: tokens.analyst });
    expect(analyst.status).toBe(403);
    expect(analyst.body.errors![0]).toMatchObject({
      message: 'Importing files is open to the roles admin, service manager and qi lead; your role is analyst.',
      extensions: { code: 'FORBIDDEN' },
    });
    const listed = await graphql({ query: '{ importRuns { totalCount } }' }, tokens.analyst);
    expect(listed.body.errors![0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await upload('REFERRALS', 'referrals.csv', sample('referrals.csv'));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a multipart request without a preflight header', async () => {
    const answer = await upload('REFERRALS', 'referrals.csv', sample('referrals.csv'), { token: tokens.admin, preflight: false });
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].message).toMatch(/needs a non-empty "Apollo-Require-Preflight"/);
  });

  it('answers 413 for a file over HUB_IMPORT_MAX_BYTES, and keeps nothing of it', async () => {
    const before = await leftoverUploads();
    const runs = await count('import_run');
    const answer = await upload('REFERRALS', 'big.csv', Buffer.alloc(UPLOAD_LIMIT + 10, 'a'), { token: tokens.admin });
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]).toMatchObject({
      message: `The file is larger than the import limit of ${UPLOAD_LIMIT} bytes (HUB_IMPORT_MAX_BYTES).`,
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(await count('import_run')).toBe(runs);
    expect(await leftoverUploads()).toEqual(before);
  });

  it('refuses a file variable sent as JSON: only a multipart request carries a file', async () => {
    const answer = await graphql({ query: IMPORT, variables: { kind: 'REFERRALS', file: { path: '/etc/passwd' } } }, tokens.admin);
    expect(answer.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors![0].message).toMatch(/send the file in a multipart\/form-data request/);
  });
});
