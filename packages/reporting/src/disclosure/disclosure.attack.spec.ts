// Tries to recover withheld cells from what the reports publish, on a crafted
// fixture with known cells of 1–7 and on the seeded town. Every attack must find nothing under
// the default policy; each is also run where it must succeed (exact figures, or the old
// publication of exact summaries beside rounded counts), which proves it can fail.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregate, type AggregateCell, type AggregateResult } from '../aggregate/aggregate.service.js';
import type { ReportFilter } from '../filter/report.filter.js';
import { outcomesByGroup } from '../outcome/outcome-group.report.js';
import { outcomeSummary } from '../outcome/outcome.report.js';
import { pgRunner, type SqlRunner } from '../sql/sql.runner.js';
import { complementAttack, differenceAttack, meanInversionAttack, relativeChangeAttack, type Recovery } from '../testing/disclosure.attacks.js';
import { seededPool, withFixture, type FixtureBuilder } from '../testing/fixture.database.js';
import { uptake } from '../uptake/uptake.service.js';
import { DEFAULT_DISCLOSURE, EXACT_DISCLOSURE, discloseCount, type DisclosurePolicy, type ReportedValue } from './disclosure.policy.js';

const YEAR: ReportFilter = { period: { financialYear: '2019/20' } };
type Cells = Map<string, ReportedValue>;

interface Published {
  wardMonth: Cells;
  wardQuarter: Cells;
  ward: Cells;
  month: Cells;
  grand: ReportedValue;
  /** Referrals by month with one ward left out of the filter, by that ward. */
  allBut: Map<string, Cells>;
  waits: { key: string; count: ReportedValue; mean: ReportedValue }[];
  changes: { key: string; after: number | null; before: number | null; estimate: number | null; pairs: number | null }[];
  proportions: { key: string; numerator: number | null; denominator: number | null; estimate: number | null }[];
}

const wardOf = (cell: AggregateCell) => String(cell.dimensions.ward ?? 'none');
const cellsOf = (result: AggregateResult, key: (cell: AggregateCell) => string): Cells =>
  new Map(result.rows.map((cell) => [key(cell), cell.measures.referrals ?? { value: 0, reason: null }]));
const quarterOf = (month: string) => `${month.slice(0, 5)}${String(Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;

async function publish(runner: SqlRunner, policy: DisclosurePolicy, wards: readonly string[]): Promise<Published> {
  const ask = (request: Omit<Parameters<typeof aggregate>[1], 'policy'>) => aggregate(runner, { ...request, policy });
  const wardMonth = await ask({ measures: ['referrals', 'starts', 'meanWaitDays'], dimensions: ['ward'], granularity: 'month', filter: YEAR });
  const allBut = new Map<string, Cells>();
  for (const ward of wards) {
    const rest = await ask({ measures: ['referrals'], granularity: 'month', filter: { ...YEAR, wardCodes: wards.filter((other) => other !== ward) } });
    allBut.set(
      ward,
      cellsOf(rest, (cell) => String(cell.period)),
    );
  }
  const ward = await ask({ measures: ['referrals'], dimensions: ['ward'], filter: YEAR });
  return {
    wardMonth: cellsOf(wardMonth, (cell) => `${wardOf(cell)}|${cell.period}`),
    wardQuarter: cellsOf(
      await ask({ measures: ['referrals'], dimensions: ['ward'], granularity: 'quarter', filter: YEAR }),
      (cell) => `${wardOf(cell)}|${cell.period}`,
    ),
    ward: cellsOf(ward, wardOf),
    month: cellsOf(await ask({ measures: ['referrals'], granularity: 'month', filter: YEAR }), (cell) => String(cell.period)),
    grand: ward.total.measures.referrals as ReportedValue,
    allBut,
    waits: wardMonth.rows.map((cell) => ({
      key: `${wardOf(cell)}|${cell.period}`,
      count: cell.measures.starts as ReportedValue,
      mean: cell.measures.meanWaitDays as ReportedValue,
    })),
    ...(await outcomeFigures(runner, policy, wards)),
  };
}

async function outcomeFigures(runner: SqlRunner, policy: DisclosurePolicy, wards: readonly string[]) {
  const changes: Published['changes'] = [];
  const proportions: Published['proportions'] = [];
  for (const ward of [null, ...wards]) {
    const summary = await outcomeSummary(runner, ward === null ? {} : { wardCodes: [ward] }, policy);
    for (const figures of summary.instruments) {
      const key = `${ward ?? 'all'}|${figures.instrument}`;
      const change = figures.relativeChange;
      if (change) changes.push({ key, after: change.numerator, before: change.denominator, estimate: change.estimate, pairs: change.pairs });
      for (const figure of [figures.improved, figures.meaningfullyImproved, figures.achievingThreshold]) {
        if (figure) proportions.push({ key: `${key}|${figure.kind}`, ...figure });
      }
    }
  }
  for (const group of (await outcomesByGroup(runner, 'gse', 'ward', {}, policy)).groups) proportions.push({ key: `group|${group.key}`, ...group.improved });
  const wardUptake = await uptake(runner, 'ward', YEAR, { policy });
  for (const group of wardUptake.groups) {
    proportions.push({ key: `share|${group.group}`, ...group.share }, { key: `starts|${group.group}`, ...group.funnel.startRate });
  }
  proportions.push({ key: 'unstated', ...wardUptake.unstated.share });
  return { changes, proportions };
}

const small = (cells: Cells, keys: Iterable<string> = cells.keys()) =>
  [...keys].filter((key) => {
    const value = cells.get(key)?.value ?? 0;
    return value >= 1 && value <= 7;
  });
const within = (cells: Cells, match: (key: string) => boolean): Cells => new Map([...cells].filter(([key]) => match(key)));

/** Totals against parts: the grand total less the wards, a month less its wards, a ward less its months. */
function totalsAttack(shown: Published, truth: Published, exact: boolean): Recovery[] {
  const found = differenceAttack({ key: 'total', whole: shown.grand, cells: shown.ward }, small(truth.ward), { exact });
  for (const [month, whole] of shown.month) {
    const cells = within(shown.wardMonth, (key) => key.endsWith(`|${month}`));
    found.push(...differenceAttack({ key: month, whole, cells }, small(within(truth.wardMonth, (key) => key.endsWith(`|${month}`))), { exact }));
  }
  for (const [ward, whole] of shown.ward) {
    const cells = within(shown.wardMonth, (key) => key.startsWith(`${ward}|`));
    found.push(...differenceAttack({ key: ward, whole, cells }, small(within(truth.wardMonth, (key) => key.startsWith(`${ward}|`))), { exact }));
  }
  return found;
}

/** Granularities: a ward's quarter less its other months. */
function granularityAttack(shown: Published, truth: Published, exact: boolean): Recovery[] {
  return [...shown.wardQuarter].flatMap(([quarterKey, whole]) => {
    const inQuarter = (key: string) => key.split('|')[0] === quarterKey.split('|')[0] && quarterOf(key.split('|')[1]) === quarterKey.split('|')[1];
    return differenceAttack({ key: quarterKey, whole, cells: within(shown.wardMonth, inQuarter) }, small(within(truth.wardMonth, inQuarter)), { exact });
  });
}

/** Overlapping filters: every ward's month less all-but-that-ward's month and the month's referrals with no ward. */
function overlapAttack(shown: Published, truth: Published, exact: boolean): Recovery[] {
  return [...shown.allBut].flatMap(([ward, rest]) =>
    [...shown.month].flatMap(([month, whole]) => {
      const target = `${ward}|${month}`;
      const cells: Cells = new Map([
        [target, { value: null, reason: null }],
        ['rest', rest.get(month) ?? { value: 0, reason: null }],
        ['none', shown.wardMonth.get(`none|${month}`) ?? { value: 0, reason: null }],
      ]);
      return differenceAttack({ key: 'all wards', whole, cells }, small(truth.wardMonth, [target]), { exact });
    }),
  );
}

/** Complements of proportions whose exact complement is 1–7. */
function proportionAttack(shown: Published, truth: Published, exact: boolean): Recovery[] {
  const hidden = new Set(
    truth.proportions
      .filter((p) => {
        const complement = (p.denominator ?? 0) - (p.numerator ?? 0);
        return complement >= 1 && complement <= 7;
      })
      .map((p) => p.key),
  );
  return complementAttack(
    shown.proportions.filter((p) => hidden.has(p.key)),
    { exact },
  );
}

/** The old publication: counts under the policy beside summaries computed from exact data. */
function oldPublication(shown: Published, truth: Published): Published {
  const exactMean = new Map(truth.waits.map((wait) => [wait.key, wait.mean]));
  const exactChange = new Map(truth.changes.map((change) => [change.key, change.estimate]));
  return {
    ...shown,
    waits: shown.waits.map((wait) => ({ ...wait, mean: exactMean.get(wait.key) ?? wait.mean })),
    changes: shown.changes.map((change) => ({
      ...change,
      estimate: (change.pairs ?? 0) >= 8 || change.pairs === null ? (exactChange.get(change.key) ?? null) : null,
    })),
  };
}

/** A proportion of counts rounded separately, as before the complement rule. */
function separatelyRounded(numerator: number, denominator: number): number | null {
  const top = discloseCount(numerator, DEFAULT_DISCLOSURE).value;
  const bottom = discloseCount(denominator, DEFAULT_DISCLOSURE).value;
  return top === null || !bottom ? null : top / bottom;
}

/** Shown as 0% or 100% when the exact numerator and complement are both above 0. */
function falseExtremes(shown: Published, truth: Published): string[] {
  const exact = new Map(truth.proportions.map((p) => [p.key, p]));
  return shown.proportions
    .filter((p) => {
      const real = exact.get(p.key);
      const inside = real && (real.numerator ?? 0) > 0 && (real.numerator ?? 0) < (real.denominator ?? 0);
      return inside && (p.estimate === 0 || p.estimate === 1);
    })
    .map((p) => p.key);
}

interface Attacked {
  controlled: Published;
  truth: Published;
}

function expectNothingRecovered({ controlled, truth }: Attacked) {
  expect(totalsAttack(controlled, truth, false)).toEqual([]);
  expect(granularityAttack(controlled, truth, false)).toEqual([]);
  expect(overlapAttack(controlled, truth, false)).toEqual([]);
  expect(meanInversionAttack(controlled.waits, { exact: false })).toEqual([]);
  expect(relativeChangeAttack(controlled.changes, { exact: false })).toEqual([]);
  expect(proportionAttack(controlled, truth, false)).toEqual([]);
  expect(falseExtremes(controlled, truth)).toEqual([]);
}

/** Every recovery an attack makes on exact figures is right: the attacks are sound. */
function expectRight(found: Recovery[], truth: (cell: string) => number | undefined) {
  for (const recovery of found) expect(recovery.value, recovery.cell).toBe(truth(recovery.cell));
}

const wardMonthTruth = (truth: Published) => (cell: string) => truth.wardMonth.get(cell.split(': ')[1])?.value ?? undefined;

describe('disclosure attacks on a crafted fixture with known cells of 1–7', () => {
  const wards = ['FXA', 'FXB', 'FXC'];
  let attacked: Attacked;

  async function build(fx: FixtureBuilder) {
    await fx.client.query(`insert into ward (code, name, deprivation_decile) values ('FXC', 'Fixture C', 3)`);
    const received = (ward: string, on: string, count: number) =>
      Array.from({ length: count }, () => fx.referral({ status: 'received', receivedOn: on, person: { wardCode: ward } }));
    for (const batch of [
      received('FXA', '2019-05-03', 3),
      received('FXA', '2019-06-03', 12),
      received('FXB', '2019-06-03', 9),
      received('FXC', '2019-05-03', 10),
      received('FXC', '2019-06-03', 5),
    ])
      await Promise.all(batch);
    // 18 starts in FXB in May, waiting 717 days in all: a mean of 39.8333.
    for (let i = 0; i < 18; i += 1) {
      await fx.referral({ status: 'started', receivedOn: '2019-05-01', startedOn: i === 0 ? '2019-06-07' : '2019-06-10', person: { wardCode: 'FXB' } });
    }
    // Ten GP and A&E pairs in FXC: 29 visits before, 6 after.
    const after = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0];
    for (const [i, before] of [2, 3, 3, 3, 3, 3, 3, 3, 3, 3].entries()) {
      await fx.pair('gp_ae_visits', before, after[i], { receivedOn: '2019-08-01', person: { wardCode: 'FXC' } });
    }
    // 47 GSE pairs in FXB, 44 improved.
    for (let i = 0; i < 47; i += 1) await fx.pair('gse', 20, i < 44 ? 25 : 18, { receivedOn: '2019-09-02', person: { wardCode: 'FXB' } });
  }

  beforeAll(async () => {
    attacked = await withFixture(build, async (runner) => ({
      controlled: await publish(runner, DEFAULT_DISCLOSURE, wards),
      truth: await publish(runner, EXACT_DISCLOSURE, wards),
    }));
  });

  it('holds the cells the attacks aim at', () => {
    expect(attacked.truth.wardMonth.get('FXA|2019-05-01')?.value).toBe(3);
    expect(attacked.truth.wardMonth.get('FXC|2019-06-01')?.value).toBe(5);
    expect(attacked.controlled.wardMonth.get('FXA|2019-05-01')).toEqual({ value: null, reason: 'suppressed: fewer than 8' });
  });

  it('recovers nothing under the default policy', () => {
    expectNothingRecovered(attacked);
  });

  it('differencing recovers the hidden cells from exact figures, so it can fail', () => {
    const { truth } = attacked;
    for (const attack of [totalsAttack, granularityAttack, overlapAttack]) {
      const found = attack(truth, truth, true);
      expect(found.map((recovery) => recovery.value)).toContain(3);
      if (attack !== totalsAttack) expectRight(found, wardMonthTruth(truth));
    }
    expect(
      complementAttack(
        truth.proportions.filter((p) => p.key === 'all|gse|percentImproved'),
        { exact: true },
      ),
    ).toEqual([{ cell: 'all|gse|percentImproved: complement', value: 3 }]);
  });

  it('mean inversion and relative-change inversion recover exact counts from the old publication', () => {
    const old = oldPublication(attacked.controlled, attacked.truth);
    expect(meanInversionAttack(old.waits, { exact: false })).toEqual([{ cell: 'FXB|2019-05-01', value: 18 }]);
    expect(relativeChangeAttack(old.changes, { exact: false })).toContainEqual({ cell: 'all|gp_ae_visits: Σafter', value: 6 });
  });

  it('rounding numerator and denominator apart shows 44/47 as a false 100%', () => {
    expect(separatelyRounded(44, 47)).toBe(1);
    const gse = attacked.controlled.proportions.find((p) => p.key === 'all|gse|percentImproved');
    expect(gse).toMatchObject({ numerator: null, denominator: 45, estimate: null });
  });

  it('publishes the same figures every time', async () => {
    const again = await withFixture(build, (runner) => publish(runner, DEFAULT_DISCLOSURE, wards));
    expect(again).toEqual(attacked.controlled);
  });
});

describe('disclosure attacks on the seeded town', () => {
  let pool: pg.Pool;
  let attacked: Attacked;

  beforeAll(async () => {
    pool = seededPool();
    const runner = pgRunner(pool);
    const wards = (await pool.query<{ code: string }>('select code from ward order by code')).rows.map((row) => row.code);
    attacked = { controlled: await publish(runner, DEFAULT_DISCLOSURE, wards), truth: await publish(runner, EXACT_DISCLOSURE, wards) };
  });
  afterAll(() => pool.end());

  it('has withheld ward-months to aim at', () => {
    expect(small(attacked.truth.wardMonth).length).toBeGreaterThan(10);
  });

  it('recovers nothing under the default policy', () => {
    expectNothingRecovered(attacked);
  });

  it('differencing recovers hidden ward-months from exact figures, so it can fail', () => {
    const { truth } = attacked;
    for (const attack of [granularityAttack, overlapAttack]) {
      const found = attack(truth, truth, true);
      expect(found.length).toBeGreaterThan(0);
      expectRight(found, wardMonthTruth(truth));
    }
  });
});
