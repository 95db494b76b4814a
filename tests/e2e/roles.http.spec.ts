import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressCount } from '@hub/analytics';
import { accountOf, tokenFor } from '../support/accounts.js';
import { ask, e2eDatabase, expectRefused, idsOf, isControlled } from '../support/access.checks.js';
import { SIGN_IN_MUTATION } from '../support/account.factory.js';

/**
 * What each role sees and is refused over real HTTP, on the seeded town (docs/methods.md,
 * "Access and audit"). Expected figures come from SQL on the same database.
 */
const sql = e2eDatabase();

const RECORD_QUERIES: Record<string, string> = {
  referrals: '{ referrals(first: 5) { totalCount edges { node { id } } } }',
  people: '{ people(first: 5) { totalCount edges { node { id } } } }',
  outcomeMeasurements: '{ outcomeMeasurements(first: 5) { totalCount } }',
  attendance: '{ attendance(first: 5) { totalCount } }',
};
const DATA_QUERIES: Record<string, string> = {
  ...RECORD_QUERIES,
  aggregate: '{ aggregate(measures: [REFERRALS]) { totals { value } } }',
  outcomeSummary: '{ outcomeSummary { headlines { key } } }',
  uptake: '{ uptake(dimension: WARD) { totalReferrals } }',
  referralsPerMonth: '{ referralsPerMonth { month count } }',
  programmes: '{ programmes { id } }',
  contracts: '{ contracts { code } }',
  contractKpis: '{ contractKpis(contractCode: "twl-2018") { kpi { code } } }',
  qiProjects: '{ qiProjects { id } }',
  wards: '{ wards { code } }',
};
const BY_PROGRAMME = `query ($filter: ReferralFilter) {
  aggregate(measures: [REFERRALS], dimensions: [PROGRAMME], filter: $filter) { rows { dimensions { key } values { value suppressed } } totals { value } }
}`;

interface ByProgramme {
  aggregate: { rows: { dimensions: { key: string }[]; values: { value: number | null }[] }[]; totals: { value: number | null }[] };
}

/** Exact referral counts per programme id (as strings), optionally of a service's programmes only. */
async function referralsPerProgramme(programmeIds?: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ id: string; count: number }>(
    `select programme_id::text as id, count(*)::int as count from referral where $1::int[] is null or programme_id = any($1::int[]) group by 1`,
    [programmeIds ?? null],
  );
  return new Map(rows.map((row) => [row.id, row.count]));
}

async function programmesOfService(code: string): Promise<string[]> {
  return idsOf((await sql.query(`select p.id from programme p join service s on s.id = p.service_id where s.code = $1`, [code])).rows);
}

function countsByKey(answer: { data?: ByProgramme | null }): Map<string, number | null> {
  return new Map(answer.data!.aggregate.rows.map((row) => [row.dimensions[0].key, row.values[0].value]));
}

describe('an anonymous caller, with the published view off', () => {
  it.each(Object.entries(DATA_QUERIES))('is asked to sign in for %s', async (_name, query) => {
    expectRefused(await ask(query), 'UNAUTHENTICATED', /Sign in/);
  });

  it('is nobody: me is null, and the published view is off', async () => {
    expect(await ask('{ me { id } publishedView }')).toEqual({ data: { me: null, publishedView: false } });
  });

  it('can sign in, and the session token then names the account and its role', async () => {
    const { email, password, id } = await accountOf('analyst');
    const signIn = await ask(`mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { id role } } }`, {
      email,
      password,
    });
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data.signIn.user).toEqual({ id: String(id), role: 'ANALYST' });
    expect(signIn.data.signIn.token).toMatch(/^hubs_[A-Za-z0-9_-]{43}$/);
    const me = await ask('{ me { email role figures canReadRecords canAdminister programmeIds } }', {}, signIn.data.signIn.token);
    expect(me.data.me).toEqual({ email, role: 'ANALYST', figures: 'DISCLOSURE_CONTROLLED', canReadRecords: false, canAdminister: false, programmeIds: null });
  });

  it('gets the same refusal for a wrong password as for an unknown e-mail', async () => {
    const { email } = await accountOf('analyst');
    const wrongPassword = await ask(SIGN_IN_MUTATION, { email, password: 'not-the-right-passphrase' });
    const unknownEmail = await ask(SIGN_IN_MUTATION, { email: 'nobody-here@e2e.hub.test', password: 'not-the-right-passphrase' });
    expectRefused(wrongPassword, 'UNAUTHENTICATED');
    expectRefused(unknownEmail, 'UNAUTHENTICATED');
    expect(wrongPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
  });
});

describe('a commissioner', () => {
  const secondContract = { code: 'e2e-roles-falls', id: 0, programmes: [] as string[] };
  const ownContract = () => tokenFor({ role: 'commissioner', name: 'commissioner of twl-2018', scopes: [{ kind: 'contract', refId: 1 }] });
  const otherContract = () => tokenFor({ role: 'commissioner', name: 'commissioner of elft only', scopes: [{ kind: 'contract', refId: secondContract.id }] });

  // The seed has one contract with every provider; a second one, with ELFT alone, shows the scope narrowing.
  beforeAll(async () => {
    const { rows } = await sql.query<{ id: number }>(
      `insert into contract (code, title, commissioner_id, starts_on, ends_on) values ($1, 'E2E: ELFT only', 2, '2019-04-01', '2022-03-31') returning id`,
      [secondContract.code],
    );
    secondContract.id = rows[0].id;
    await sql.query(`insert into contract_provider (contract_id, organisation_id) select $1, id from organisation where code = 'elft'`, [secondContract.id]);
    secondContract.programmes = idsOf(
      (await sql.query(`select p.id from programme p join service s on s.id = p.service_id join organisation o on o.id = s.provider_id where o.code = 'elft'`))
        .rows,
    );
  });
  afterAll(() => sql.query(`delete from contract where id = $1`, [secondContract.id]));

  it("sees aggregates of their contract's providers' programmes only, disclosure-controlled", async () => {
    const answer = await ask<ByProgramme>(BY_PROGRAMME, {}, await otherContract());
    expect(answer.errors).toBeUndefined();
    const exact = await referralsPerProgramme(secondContract.programmes);
    expect(secondContract.programmes.length).toBeGreaterThan(0);
    expect(countsByKey(answer)).toEqual(new Map([...exact].map(([id, count]) => [id, suppressCount(count)])));
    const total = [...exact.values()].reduce((sum, count) => sum + count, 0);
    expect(answer.data!.aggregate.totals[0].value).toBe(suppressCount(total));
  });

  it('is refused aggregates asked for a programme outside their contract', async () => {
    const [outside] = await programmesOfService('ltc-team');
    expectRefused(await ask(BY_PROGRAMME, { filter: { programmeIds: [outside] } }, await otherContract()), 'FORBIDDEN', /within your scope/);
  });

  it('reads the KPIs of their own contract, with every count controlled', async () => {
    const answer = await ask('{ contractKpis(contractCode: "twl-2018") { kpi { code } quarters { numerator denominator } } }', {}, await ownContract());
    expect(answer.errors).toBeUndefined();
    const kpis = Number((await sql.query(`select count(*) from kpi where contract_id = 1`)).rows[0].count);
    expect(answer.data.contractKpis).toHaveLength(kpis);
    const counts = answer.data.contractKpis.flatMap((report: any) => report.quarters.flatMap((quarter: any) => [quarter.numerator, quarter.denominator]));
    expect(counts.filter((count: number | null) => count !== null).length).toBeGreaterThan(0);
    expect(counts.every(isControlled)).toBe(true);
  });

  it('is refused the KPIs of a contract that is not theirs', async () => {
    expectRefused(
      await ask(`{ contractKpis(contractCode: "${secondContract.code}") { kpi { code } } }`, {}, await ownContract()),
      'FORBIDDEN',
      /not one of yours/,
    );
    expectRefused(await ask('{ contractKpis(contractCode: "twl-2018") { kpi { code } } }', {}, await otherContract()), 'FORBIDDEN', /not one of yours/);
  });

  it.each(Object.entries(RECORD_QUERIES))('is refused the records of %s', async (_name, query) => {
    expectRefused(await ask(query, {}, await ownContract()), 'FORBIDDEN', /not open to commissioner/);
  });

  it('is told their figures are controlled and their records closed', async () => {
    const me = await ask('{ me { role figures canReadRecords contractIds } }', {}, await ownContract());
    expect(me.data.me).toEqual({ role: 'COMMISSIONER', figures: 'DISCLOSURE_CONTROLLED', canReadRecords: false, contractIds: ['1'] });
  });
});

describe('an analyst', () => {
  const granted = { role: 'analyst', name: 'analyst granted records later' } as const;

  it('sees aggregates of every programme, disclosure-controlled', async () => {
    const answer = await ask<ByProgramme>(BY_PROGRAMME, {}, await tokenFor('analyst'));
    const exact = await referralsPerProgramme();
    expect(countsByKey(answer)).toEqual(new Map([...exact].map(([id, count]) => [id, suppressCount(count)])));
  });

  it.each(Object.entries(RECORD_QUERIES))('is refused the records of %s without a grant', async (_name, query) => {
    expectRefused(await ask(query, {}, await tokenFor('analyst')), 'FORBIDDEN', /not open to analyst/);
  });

  it('reads records, and exact figures, once an admin grants record access', async () => {
    const token = await tokenFor(granted);
    expectRefused(await ask(RECORD_QUERIES.referrals, {}, token), 'FORBIDDEN');
    const { id } = await accountOf(granted);
    const grant = await ask(
      `mutation ($id: ID!) { updateUser(id: $id, input: { recordAccess: true }) { recordAccess } }`,
      { id: String(id) },
      await tokenFor('admin'),
    );
    expect(grant).toEqual({ data: { updateUser: { recordAccess: true } } });
    // The same session: grants are worked out afresh on every request.
    const referrals = await ask(RECORD_QUERIES.referrals, {}, token);
    expect(referrals.data.referrals.totalCount).toBe(Number((await sql.query('select count(*) from referral')).rows[0].count));
    expect(countsByKey(await ask<ByProgramme>(BY_PROGRAMME, {}, token))).toEqual(await referralsPerProgramme());
  });
});

describe('a service manager scoped to one service', () => {
  const manager = () => tokenFor({ role: 'service_manager', name: 'manager of healthy lifestyles', scopes: [{ kind: 'service', refId: serviceId }] });
  let serviceId = 0;
  let own: string[] = [];
  beforeAll(async () => {
    serviceId = (await sql.query(`select id from service where code = 'healthy-lifestyles'`)).rows[0].id;
    own = await programmesOfService('healthy-lifestyles');
  });

  it('lists only the referrals of its programmes, with their exact total', async () => {
    const answer = await ask(`{ referrals(first: 100) { totalCount edges { node { programme { id service { id } } } } } }`, {}, await manager());
    const exact = Number((await sql.query(`select count(*) from referral where programme_id = any($1::int[])`, [own])).rows[0].count);
    expect(answer.data.referrals.totalCount).toBe(exact);
    expect(answer.data.referrals.edges).toHaveLength(100);
    const services = new Set(answer.data.referrals.edges.map((edge: any) => edge.node.programme.service.id));
    expect([...services]).toEqual([String(serviceId)]);
  });

  it('gets null for a referral of another service, and for a person referred only elsewhere', async () => {
    const token = await manager();
    const referral = (await sql.query(`select id from referral where programme_id <> all($1::int[]) order by id limit 1`, [own])).rows[0].id;
    const person = (
      await sql.query(`select person_id as id from referral group by person_id having bool_and(programme_id <> all($1::int[])) order by person_id limit 1`, [
        own,
      ])
    ).rows[0].id;
    expect(await ask('query ($id: ID!) { referral(id: $id) { id } }', { id: String(referral) }, token)).toEqual({ data: { referral: null } });
    expect(await ask('query ($id: ID!) { person(id: $id) { id } }', { id: String(person) }, token)).toEqual({ data: { person: null } });
  });

  it('sees a person it shares with another service with only its own referrals', async () => {
    const person = (
      await sql.query(
        `select person_id as id from referral group by person_id
       having bool_or(programme_id = any($1::int[])) and bool_or(programme_id <> all($1::int[])) order by person_id limit 1`,
        [own],
      )
    ).rows[0].id;
    const answer = await ask('query ($id: ID!) { person(id: $id) { referrals { programme { id } } } }', { id: String(person) }, await manager());
    const expected = (
      await sql.query(`select programme_id::text as id from referral where person_id = $1 and programme_id = any($2::int[]) order by received_on, id`, [
        person,
        own,
      ])
    ).rows;
    expect(answer.data.person.referrals).toEqual(expected.map((row) => ({ programme: { id: row.id } })));
  });

  it("sees exact aggregates of its programmes only, and is refused another service's programme", async () => {
    const token = await manager();
    expect(countsByKey(await ask<ByProgramme>(BY_PROGRAMME, {}, token))).toEqual(await referralsPerProgramme(own));
    const [outside] = await programmesOfService('ltc-team');
    expectRefused(await ask(BY_PROGRAMME, { filter: { programmeIds: [outside] } }, token), 'FORBIDDEN', /within your scope/);
  });

  it('sees outcomes by programme for its programmes only', async () => {
    const answer = await ask(`{ outcomesByGroup(dimension: PROGRAMME, instrument: "swemwbs") { key } }`, {}, await manager());
    expect(answer.errors).toBeUndefined();
    expect(answer.data.outcomesByGroup.map((group: any) => group.key).filter((key: string) => !own.includes(key))).toEqual([]);
  });

  it("draws outcome distributions from its programmes only: each instrument's baseline bins add up to its pairs", async () => {
    const query = '{ outcomeSummary { instruments { instrument { code } pairs distribution { before } } } }';
    const binsAndPairs = async (token: string) =>
      (await ask(query, {}, token)).data.outcomeSummary.instruments.map((panel: any) => ({
        code: panel.instrument.code,
        pairs: panel.pairs,
        binned: panel.distribution.reduce((sum: number, bin: any) => sum + bin.before, 0),
      }));
    // An admin's exact figures show the two agree when nothing is narrowed.
    for (const panel of await binsAndPairs(await tokenFor('admin'))) expect(panel.binned, panel.code).toBe(panel.pairs);
    for (const panel of await binsAndPairs(await manager())) expect(panel.binned, panel.code).toBe(panel.pairs);
  });

  it("counts an outreach event's referrals to its own programmes only", async () => {
    const { rows } = await sql.query<{ id: string; own: number }>(
      `select outreach_event_id::text as id, count(*) filter (where programme_id = any($1::int[]))::int as own
       from referral where outreach_event_id is not null group by 1 having count(*) filter (where programme_id <> all($1::int[])) > 0 order by 1 limit 20`,
      [own],
    );
    expect(rows.length).toBeGreaterThan(0);
    const token = await manager();
    for (const event of rows) {
      const answer = await ask('query ($id: ID!) { outreachEvent(id: $id) { referralCount } }', { id: event.id }, token);
      expect(answer.data.outreachEvent?.referralCount ?? 0, `outreach event ${event.id}`).toBe(event.own);
    }
  });
});

describe('a service manager with no scope rows', () => {
  const unscoped = () => tokenFor({ role: 'service_manager', name: 'manager without scope' });

  it.each(['aggregate', 'outcomeSummary', 'uptake', 'referralsPerMonth'])('is refused %s with a message that says why', async (name) => {
    expectRefused(await ask(DATA_QUERIES[name], {}, await unscoped()), 'FORBIDDEN', /reaches no service or programme yet/);
  });

  it.each(Object.entries(RECORD_QUERIES))('is refused the records of %s with a message that says why', async (_name, query) => {
    expectRefused(await ask(query, {}, await unscoped()), 'FORBIDDEN', /reaches no service or programme yet/);
  });

  it("is refused every contract's KPIs", async () => {
    expectRefused(await ask(DATA_QUERIES.contractKpis, {}, await unscoped()), 'FORBIDDEN', /not one of yours/);
  });
});

describe('a QI lead', () => {
  it('reads every QI project', async () => {
    const answer = await ask('{ qiProjects { id } }', {}, await tokenFor('qi_lead'));
    expect(answer.data.qiProjects.map((project: any) => project.id).sort((a: string, b: string) => Number(a) - Number(b))).toEqual(
      idsOf((await sql.query('select id from qi_project')).rows),
    );
  });

  it('sees aggregates under disclosure control', async () => {
    const answer = await ask<ByProgramme>(BY_PROGRAMME, {}, await tokenFor('qi_lead'));
    const exact = await referralsPerProgramme();
    expect(countsByKey(answer)).toEqual(new Map([...exact].map(([id, count]) => [id, suppressCount(count)])));
  });

  it.each(Object.entries(RECORD_QUERIES))('is refused the records of %s', async (_name, query) => {
    expectRefused(await ask(query, {}, await tokenFor('qi_lead')), 'FORBIDDEN', /not open to qi lead/);
  });
});

describe('administration', () => {
  const ADMIN_OPERATIONS: Record<string, string> = {
    users: '{ users { id } }',
    auditLog: '{ auditLog(first: 5) { id } }',
    createUser: 'mutation { createUser(input: { email: "should-not-exist@e2e.hub.test", displayName: "Nobody", role: ANALYST }) { id } }',
    updateUser: 'mutation ($id: ID!) { updateUser(id: $id, input: { recordAccess: true }) { id } }',
    setPublishedView: 'mutation { setPublishedView(enabled: true) }',
  };
  const others = ['analyst', 'commissioner', 'service_manager', 'qi_lead'] as const;

  it('lets an admin list the users, with their roles and scopes, and read the audit log', async () => {
    const manager = await accountOf({ role: 'service_manager', name: 'manager listed by admin', scopes: [{ kind: 'programme', refId: 4 }] });
    const token = await tokenFor('admin');
    const users = await ask('{ users { id email role scopes { kind id } } }', {}, token);
    expect(users.data.users).toContainEqual({
      id: String(manager.id),
      email: manager.email,
      role: 'SERVICE_MANAGER',
      scopes: [{ kind: 'PROGRAMME', id: '4' }],
    });
    expect(users.data.users).toHaveLength(Number((await sql.query('select count(*) from hub_user')).rows[0].count));
    const audit = await ask('{ auditLog(first: 3) { id action } }', {}, token);
    expect(audit.data.auditLog).toHaveLength(3);
  });

  it.each(others.flatMap((role) => Object.keys(ADMIN_OPERATIONS).map((name) => [role, name] as const)))(
    'refuses %s the admin operation %s',
    async (role, name) => {
      const target = await accountOf('analyst');
      expectRefused(await ask(ADMIN_OPERATIONS[name], { id: String(target.id) }, await tokenFor(role)), 'FORBIDDEN', /Only an admin/);
    },
  );

  it('creates nothing and changes nothing for a refused caller', async () => {
    const { rows } = await sql.query(`select count(*)::int as n from hub_user where email = 'should-not-exist@e2e.hub.test'`);
    expect(rows[0].n).toBe(0);
    const { id } = await accountOf('analyst');
    expect((await sql.query(`select record_access from hub_user where id = $1`, [id])).rows[0].record_access).toBe(false);
    expect((await ask('{ publishedView }')).data).toEqual({ publishedView: false });
  });
});

describe('the published view', () => {
  const setPublished = async (enabled: boolean) =>
    expect(await ask('mutation ($enabled: Boolean!) { setPublishedView(enabled: $enabled) }', { enabled }, await tokenFor('admin'))).toEqual({
      data: { setPublishedView: enabled },
    });
  afterAll(() => setPublished(false));

  it('lets anonymous callers read aggregates under disclosure control while on, and nothing once off', async () => {
    await setPublished(true);
    expect((await ask('{ publishedView me { id } }')).data).toEqual({ publishedView: true, me: null });
    const exact = await referralsPerProgramme();
    expect(countsByKey(await ask<ByProgramme>(BY_PROGRAMME))).toEqual(new Map([...exact].map(([id, count]) => [id, suppressCount(count)])));
    for (const query of Object.values(RECORD_QUERIES)) expectRefused(await ask(query), 'FORBIDDEN', /not open to the published view/);
    await setPublished(false);
    expectRefused(await ask(BY_PROGRAMME), 'UNAUTHENTICATED');
  });
});
