import type pg from 'pg';

/**
 * The five workloads of issue 11, each asked three ways for the same answer: the hub's GraphQL,
 * PostGraphile's GraphQL over the same rollups (postgraphile.process.ts) and hand-written SQL.
 * Each system's answer is turned into one shape, a sorted list of lines, so that the benchmark
 * can check they agree before it times anything.
 */
export interface Workload {
  name: string;
  hub: string;
  postgraphile: string;
  sql: { text: string; values: unknown[] };
  fromHub(data: unknown): string[];
  fromPostGraphile(data: unknown): string[];
  fromSql(rows: Record<string, unknown>[]): string[];
}

/** What a workload needs from the database it runs on: a financial year it holds and a referral with a long history. */
export interface WorkloadSubjects {
  financialYear: string;
  referralId: string;
}

// A financial year runs April to March; the rollups hold whole months, so the last month is March's first day.
function yearMonths(financialYear: string): { from: string; to: string } {
  const start = Number(financialYear.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

interface HubAggregate {
  aggregate: { rows: { dimensions: { key: string }[]; period: string | null; values: { value: number | null }[] }[] };
}
interface PostGraphileGroups {
  allReferralMonths: { groupedAggregates: { keys: string[]; sum: { referrals: string } }[] };
}

const line = (...parts: unknown[]) => parts.map(String).join(' | ');
const sorted = (lines: string[]) => lines.sort();
const hubCells = (data: unknown) =>
  sorted(
    (data as HubAggregate).aggregate.rows.map((row) => line(...row.dimensions.map((d) => d.key), ...(row.period ? [row.period] : []), row.values[0].value)),
  );
const postGraphileCells = (data: unknown) =>
  sorted((data as PostGraphileGroups).allReferralMonths.groupedAggregates.map((group) => line(...group.keys, Number(group.sum.referrals))));
const sqlCells = (rows: Record<string, unknown>[]) => sorted(rows.map((row) => line(...Object.values(row))));

/** Referrals by programme and month received, from the 'all' slice of referral_month. */
function programmeByMonth(name: string, financialYear: string | null): Workload {
  const period = financialYear ? yearMonths(financialYear) : null;
  const hubFilter = financialYear ? `, filter: { financialYear: "${financialYear}" }` : '';
  const postGraphileFilter = period ? `, filter: { receivedMonth: { greaterThanOrEqualTo: "${period.from}", lessThanOrEqualTo: "${period.to}" } }` : '';
  return {
    name,
    hub: `{ aggregate(measures: [REFERRALS], dimensions: [PROGRAMME], granularity: MONTH${hubFilter}) { rows { dimensions { key } period values { value } } } }`,
    postgraphile: `{ allReferralMonths(condition: { dimension: "all" }${postGraphileFilter}) { groupedAggregates(groupBy: [PROGRAMME_ID, RECEIVED_MONTH]) { keys sum { referrals } } } }`,
    sql: {
      text: `select programme_id, to_char(received_month, 'YYYY-MM-DD') as month, sum(referrals)::int as referrals from referral_month
        where dimension = 'all' ${period ? 'and received_month between $1 and $2' : ''} group by programme_id, received_month`,
      values: period ? [period.from, period.to] : [],
    },
    fromHub: hubCells,
    fromPostGraphile: postGraphileCells,
    fromSql: sqlCells,
  };
}

/** Referrals by broad ethnic group in one financial year, from the 'ethnicGroup' slice of referral_month. */
function ethnicGroupInYear(financialYear: string): Workload {
  const period = yearMonths(financialYear);
  return {
    name: `referrals by ethnic group, ${financialYear}`,
    hub: `{ aggregate(measures: [REFERRALS], dimensions: [ETHNIC_GROUP], filter: { financialYear: "${financialYear}" }) { rows { dimensions { key } period values { value } } } }`,
    postgraphile: `{ allReferralMonths(condition: { dimension: "ethnicGroup" }, filter: { receivedMonth: { greaterThanOrEqualTo: "${period.from}", lessThanOrEqualTo: "${period.to}" } }) { groupedAggregates(groupBy: [VALUE]) { keys sum { referrals } } } }`,
    sql: {
      text: `select value, sum(referrals)::int as referrals from referral_month
        where dimension = 'ethnicGroup' and received_month between $1 and $2 group by value`,
      values: [period.from, period.to],
    },
    fromHub: hubCells,
    fromPostGraphile: postGraphileCells,
    fromSql: sqlCells,
  };
}

interface ReferralLine {
  id: string;
  receivedOn: string;
  status: string;
  person: { id: string | number; birthYear: number; sex: string };
  programme: { id: string | number; name: string };
}
// PostGraphile names a table's own id column rowId: its `id` is the Relay node id.
interface PostGraphileReferral {
  rowId: string;
  receivedOn: string;
  status: string;
  personByPersonId: { rowId: string; birthYear: number; sex: string };
  programmeByProgrammeId: { rowId: number; name: string };
}
// The hub's enums are the database's codes in capitals (COMPLETED, NOT_STATED).
const referralLine = (r: ReferralLine) =>
  line(r.id, r.receivedOn, r.status.toLowerCase(), r.person.id, r.person.birthYear, r.person.sex.toLowerCase(), r.programme.id, r.programme.name);

/** The first 100 referrals in id order, each with its person and programme. */
function referralPage(): Workload {
  return {
    name: 'a page of 100 referrals with person and programme',
    hub: '{ referrals(first: 100) { edges { node { id receivedOn status person { id birthYear sex } programme { id name } } } } }',
    postgraphile:
      '{ allReferrals(first: 100, orderBy: ROW_ID_ASC) { nodes { rowId receivedOn status personByPersonId { rowId birthYear sex } programmeByProgrammeId { rowId name } } } }',
    sql: {
      text: `select r.id::text as id, to_char(r.received_on, 'YYYY-MM-DD') as received_on, r.status,
          p.id::text as person_id, p.birth_year, p.sex, pr.id::text as programme_id, pr.name
        from referral r join person p on p.id = r.person_id join programme pr on pr.id = r.programme_id order by r.id limit 100`,
      values: [],
    },
    fromHub: (data) => (data as { referrals: { edges: { node: ReferralLine }[] } }).referrals.edges.map((edge) => referralLine(edge.node)),
    fromPostGraphile: (data) =>
      (data as { allReferrals: { nodes: PostGraphileReferral[] } }).allReferrals.nodes.map((node) =>
        referralLine({
          ...node,
          id: node.rowId,
          person: { ...node.personByPersonId, id: node.personByPersonId.rowId },
          programme: { ...node.programmeByProgrammeId, id: node.programmeByProgrammeId.rowId },
        }),
      ),
    fromSql: (rows) => rows.map((row) => line(...Object.values(row))),
  };
}

interface StatusEvent {
  status: string;
  occurredOn: string;
}
// Steps on the same day are compared as a set: the hub orders them along the pathway, PostGraphile by date alone.
const historyLines = (id: string, status: string, events: StatusEvent[]) => [
  line(id, status.toLowerCase()),
  ...sorted(events.map((event) => line(event.occurredOn, event.status.toLowerCase()))),
];

/** One referral with every step it has reached. */
function referralHistory(referralId: string): Workload {
  return {
    name: 'one referral with its status history',
    hub: `{ referral(id: "${referralId}") { id status statusHistory { status occurredOn } } }`,
    postgraphile: `{ referralByRowId(rowId: "${referralId}") { rowId status referralStatusEventsByReferralId(orderBy: OCCURRED_ON_ASC) { nodes { status occurredOn } } } }`,
    sql: {
      text: `select r.id::text, r.status, to_char(e.occurred_on, 'YYYY-MM-DD') as occurred_on, e.status as step
        from referral r join referral_status_event e on e.referral_id = r.id where r.id = $1 order by e.occurred_on`,
      values: [referralId],
    },
    fromHub: (data) => {
      const referral = (data as { referral: { id: string; status: string; statusHistory: StatusEvent[] } }).referral;
      return historyLines(referral.id, referral.status, referral.statusHistory);
    },
    fromPostGraphile: (data) => {
      const referral = (data as { referralByRowId: { rowId: string; status: string; referralStatusEventsByReferralId: { nodes: StatusEvent[] } } })
        .referralByRowId;
      return historyLines(referral.rowId, referral.status, referral.referralStatusEventsByReferralId.nodes);
    },
    fromSql: (rows) =>
      historyLines(
        String(rows[0].id),
        String(rows[0].status),
        rows.map((row) => ({ status: String(row.step), occurredOn: String(row.occurred_on) })),
      ),
  };
}

export function compareWorkloads(subjects: WorkloadSubjects): Workload[] {
  return [
    programmeByMonth(`referrals by programme × month, ${subjects.financialYear}`, subjects.financialYear),
    programmeByMonth('referrals by programme × month, all years', null),
    ethnicGroupInYear(subjects.financialYear),
    referralPage(),
    referralHistory(subjects.referralId),
  ];
}

/** The latest financial year with a full twelve months of referrals, and the referral with the longest status history. */
export async function workloadSubjects(client: pg.Pool): Promise<WorkloadSubjects> {
  const year = await client.query<{ financial_year: string }>(
    `select start::text || '/' || lpad(((start + 1) % 100)::text, 2, '0') as financial_year
     from (select extract(year from received_month - interval '3 months')::int as start, count(distinct received_month) as months
       from referral_month where dimension = 'all' group by 1) y
     where months = 12 order by start desc limit 1`,
  );
  const referral = await client.query<{ id: string }>(
    'select referral_id::text as id from referral_status_event group by referral_id order by count(*) desc, referral_id limit 1',
  );
  if (!year.rows[0] || !referral.rows[0])
    throw new Error('The comparison needs a seeded database: no full financial year or no referral with a status history');
  return { financialYear: year.rows[0].financial_year, referralId: referral.rows[0].id };
}
