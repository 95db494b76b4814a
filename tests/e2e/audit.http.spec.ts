import { describe, expect, it } from 'vitest';
import { accountOf, freshSignIn, tokenFor } from '../support/accounts.js';
import { ask, e2eDatabase } from '../support/access.checks.js';
import { SIGN_IN_MUTATION } from '../support/account.factory.js';

/**
 * The audit log over HTTP (docs/methods.md, "Access and audit"): every sign-in, every
 * record-level read and every change shows up for an admin, and nobody can rewrite it.
 */
const sql = e2eDatabase();

interface AuditEntry {
  id: string;
  userId: string | null;
  actor: string;
  action: string;
  operation: string | null;
  detail: Record<string, any>;
  rowCount: number | null;
}

/** The id of the newest entry now, so a test reads only what it caused. */
async function lastAuditId(): Promise<number> {
  await tokenFor('admin'); // the admin's own first sign-in comes before, not among the entries read
  return Number((await sql.query(`select coalesce(max(id), 0) as id from audit_log`)).rows[0].id);
}

/** Entries newer than `after`, oldest first, as an admin reads them through `auditLog`. */
async function auditSince(after: number, actions?: string[]): Promise<AuditEntry[]> {
  const answer = await ask<{ auditLog: AuditEntry[] }>(
    `query ($filter: AuditFilter) { auditLog(filter: $filter, first: 500) { id userId actor action operation detail rowCount } }`,
    { filter: actions ? { actions } : null },
    await tokenFor('admin'),
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.auditLog.filter((entry) => Number(entry.id) > after).reverse();
}

describe('the audit log', () => {
  it('records every sign-in, successful or not, with who', async () => {
    const account = await accountOf('analyst');
    const before = await lastAuditId();
    await freshSignIn('analyst');
    await ask(SIGN_IN_MUTATION, { email: account.email, password: 'a-wrong-passphrase' });
    await ask(SIGN_IN_MUTATION, { email: 'no-such-account@e2e.hub.test', password: 'a-wrong-passphrase' });
    const entries = await auditSince(before, ['auth.sign_in', 'auth.sign_in_failed']);
    expect(entries.map(({ action, userId, detail }) => ({ action, userId, detail }))).toEqual([
      { action: 'auth.sign_in', userId: String(account.id), detail: { method: 'password', account: account.email } },
      { action: 'auth.sign_in_failed', userId: null, detail: { email: account.email } },
      { action: 'auth.sign_in_failed', userId: null, detail: { email: 'no-such-account@e2e.hub.test' } },
    ]);
    expect(entries[0].actor).toBe(account.email);
    expect(entries[1].actor).toMatch(/^anonymous@/);
  });

  it('says when each entry was written, as an ISO instant', async () => {
    const before = await lastAuditId();
    const started = Date.now();
    await freshSignIn('analyst');
    const answer = await ask(`{ auditLog(first: 1) { id at action } }`, {}, await tokenFor('admin'));
    expect(answer.errors).toBeUndefined();
    const [entry] = answer.data.auditLog;
    expect(Number(entry.id)).toBeGreaterThan(before);
    expect(entry.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(Math.abs(Date.parse(entry.at) - started)).toBeLessThan(60_000);
  });

  it('records a page of referrals: who, which operation, with which filter, and exactly the rows returned', async () => {
    const spec = { role: 'analyst', name: 'analyst audited reading records', recordAccess: true } as const;
    const account = await accountOf(spec);
    const token = await tokenFor(spec);
    const before = await lastAuditId();
    const variables = { filter: { sourceCodes: ['GP'], periodFrom: '2020-04-01' } };
    const answer = await ask(
      `query GpReferralsSince2020($filter: ReferralFilter) { referrals(first: 7, filter: $filter) { totalCount edges { node { id } } } }`,
      variables,
      token,
      { operationName: 'GpReferralsSince2020' },
    );
    expect(answer.data.referrals.edges).toHaveLength(7);
    const [entry] = await auditSince(before, ['records.read']);
    expect(entry).toMatchObject({ userId: String(account.id), actor: account.email, operation: 'GpReferralsSince2020', rowCount: 7 });
    expect(entry.detail.variables).toEqual(variables);
    // The filter as applied: codes resolved, the period's open end left open.
    expect(entry.detail.read['referrals.page']).toEqual({ rows: 7, filters: [{ lists: { sourceCodes: ['gp'] }, period: { from: '2020-04-01', to: null } }] });
  });

  it('counts every row read in a request, nested ones included', async () => {
    const token = await tokenFor({ role: 'admin' });
    const person = (await sql.query(`select person_id as id from referral group by person_id having count(*) >= 2 order by person_id limit 1`)).rows[0].id;
    const before = await lastAuditId();
    const answer = await ask(`query PersonWithReferrals($id: ID!) { person(id: $id) { id referrals { id } } }`, { id: String(person) }, token);
    const [entry] = await auditSince(before, ['records.read']);
    expect(entry.operation).toBe('PersonWithReferrals');
    expect(entry.rowCount).toBe(1 + answer.data.person.referrals.length);
    expect(entry.detail.variables).toEqual({ id: String(person) });
  });

  it('records a read that found nothing within scope, with no rows', async () => {
    const spec = { role: 'service_manager', name: 'manager audited out of scope', scopes: [{ kind: 'programme', refId: 2 }] } as const;
    const outside = (await sql.query(`select id from referral where programme_id <> 2 order by id limit 1`)).rows[0].id;
    const before = await lastAuditId();
    expect((await ask(`query Peek($id: ID!) { referral(id: $id) { id } }`, { id: String(outside) }, await tokenFor(spec))).data).toEqual({ referral: null });
    const [entry] = await auditSince(before, ['records.read']);
    expect(entry).toMatchObject({ actor: (await accountOf(spec)).email, operation: 'Peek', rowCount: 0, detail: { variables: { id: String(outside) } } });
  });

  it('writes no record read for figures below record level', async () => {
    const before = await lastAuditId();
    expect((await ask('{ aggregate(measures: [REFERRALS]) { totals { value } } }', {}, await tokenFor('admin'))).errors).toBeUndefined();
    expect(await auditSince(before, ['records.read'])).toEqual([]);
  });

  it('records every change an admin or a user makes, with what changed', async () => {
    const admin = await accountOf('admin');
    const adminToken = await tokenFor('admin');
    const before = await lastAuditId();
    const created = await ask(
      `mutation { createUser(input: { email: "audited-new-user@e2e.hub.test", displayName: "Audited", role: COMMISSIONER, scopes: [{ kind: CONTRACT, id: "1" }] }) { id } }`,
      {},
      adminToken,
    );
    const userId = Number(created.data.createUser.id);
    await ask(
      `mutation ($id: ID!) { updateUser(id: $id, input: { role: QI_LEAD, password: "an-audited-passphrase" }) { id } }`,
      { id: String(userId) },
      adminToken,
    );
    const { secret, token } = (await ask(`mutation { createApiToken(name: "audited token", expiresInDays: 5) { secret token { id } } }`, {}, adminToken)).data
      .createApiToken;
    await ask(`mutation ($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: token.id }, adminToken);
    await ask(`mutation { setPublishedView(enabled: true) }`, {}, adminToken);
    await ask(`mutation { setPublishedView(enabled: false) }`, {}, adminToken);
    const session = await freshSignIn('admin');
    await ask('mutation { signOut }', {}, session);

    const entries = (await auditSince(before)).filter((entry) => entry.action !== 'auth.sign_in');
    expect(entries.every((entry) => entry.userId === String(admin.id) && entry.actor === admin.email)).toBe(true);
    expect(entries.map(({ action, detail }) => ({ action, detail }))).toEqual([
      {
        action: 'user.create',
        detail: { userId, email: 'audited-new-user@e2e.hub.test', role: 'commissioner', recordAccess: false, scopes: [{ kind: 'contract', refId: 1 }] },
      },
      { action: 'user.update', detail: expect.objectContaining({ userId, role: 'qi_lead', passwordChanged: true }) },
      { action: 'token.create', detail: expect.objectContaining({ tokenId: Number(token.id), name: 'audited token' }) },
      { action: 'token.revoke', detail: { tokenId: Number(token.id), ownerId: admin.id } },
      { action: 'setting.change', detail: { key: 'published_view', value: true } },
      { action: 'setting.change', detail: { key: 'published_view', value: false } },
      { action: 'auth.sign_out', detail: {} },
    ]);
    // Neither the new password nor the token's secret is written down.
    expect(JSON.stringify(entries)).not.toContain('an-audited-passphrase');
    expect(JSON.stringify(entries)).not.toContain(secret.slice(5));
  });
});

describe('the audit log table', () => {
  it.each([
    ['an update of the actor', `update audit_log set actor = 'someone else' where id = (select max(id) from audit_log)`],
    ['an update of the detail', `update audit_log set detail = '{}'::jsonb where id = (select min(id) from audit_log)`],
    ['a delete', `delete from audit_log`],
    ['a truncate', `truncate audit_log`],
  ])('refuses %s from the database owner', async (_name, statement) => {
    const count = Number((await sql.query('select count(*) from audit_log')).rows[0].count);
    expect(count).toBeGreaterThan(0);
    await expect(sql.query(statement)).rejects.toThrow(/audit_log is append-only/);
    expect(Number((await sql.query('select count(*) from audit_log')).rows[0].count)).toBe(count);
  });
});
