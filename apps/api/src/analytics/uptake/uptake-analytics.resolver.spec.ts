import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../testing/api.harness.js';
import { openSeededApi, published, type SeededApi } from '../../testing/seeded.harness.js';

const exact = 'admin' as const;
const PROPORTION = 'numerator denominator estimate lower upper suppressed reason';
const UPTAKE = `query($dimension: UptakeDimension!, $filter: ReferralFilter) { uptake(dimension: $dimension, filter: $filter) {
  dimension totalReferrals statedReferrals totalPopulation rateYears eligibleAgeBands
  unstated { labels referrals share { ${PROPORTION} } } overallStartRate { ${PROPORTION} } overallCompletionRate { ${PROPORTION} }
  definitions { dimension share gap }
  groups { key label referrals share { ${PROPORTION} } population populationShare gapPoints representationRatio
    gap { estimate lower upper reason } ratio { estimate lower upper reason }
    referralRate { count denominator years ratePer1000 lower upper suppressed reason }
    standardisedRate { estimate lower upper reason } underRepresented
    startRate { ${PROPORTION} } startComparison completionRate { ${PROPORTION} } completionComparison reason }
} }`;

interface Estimate {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  reason: string | null;
}
interface Share {
  numerator: number | null;
  denominator: number | null;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  suppressed: boolean;
}
interface Group {
  key: string;
  label: string;
  referrals: number | null;
  gap: Estimate;
  ratio: Estimate;
  share: Share;
  population: number | null;
  populationShare: number | null;
  gapPoints: number | null;
  underRepresented: boolean | null;
  referralRate: { ratePer1000: number | null; years: number | null } | null;
  standardisedRate: Estimate;
  reason: string | null;
}
interface UptakeData {
  uptake: {
    dimension: string;
    definitions: { dimension: string; share: string; gap: string };
    totalReferrals: number | null;
    statedReferrals: number | null;
    totalPopulation: number | null;
    rateYears: number | null;
    eligibleAgeBands: string[];
    unstated: { labels: string[]; referrals: number | null; share: Share };
    groups: Group[];
  };
}

/** Wilson score interval with z rounded to 1.96 (docs/methods.md, "Confidence intervals and comparison"). */
function wilson(x: number, n: number): { lower: number; upper: number } {
  const z = 1.96;
  const root = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
  return { lower: (2 * x + z * z - root) / (2 * (n + z * z)), upper: (2 * x + z * z + root) / (2 * (n + z * z)) };
}

describe('uptake on the seeded town', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await openSeededApi();
  });
  afterAll(() => api.close());

  it('gives the Asian share of stated 2024/25 referrals against the Asian share of residents aged 16 and over, as counted from the base tables', async () => {
    const [referrals] = await api.sql<{ asian: number; total: number; unstated: number }>(`
      select count(*) filter (where ec.broad_group = 'Asian')::int as asian,
        count(*) filter (where ec.code not in ('Z', '99'))::int as total, count(*) filter (where ec.code in ('Z', '99'))::int as unstated
      from referral r join person p on p.id = r.person_id join ethnic_category ec on ec.code = p.ethnic_code
      where r.received_on between '2024-04-01' and '2025-03-31'`);
    const [residents] = await api.sql<{ asian: number; total: number }>(`
      select sum(n.residents) filter (where ec.broad_group = 'Asian')::int as asian, sum(n.residents)::int as total
      from population n join ethnic_category ec on ec.code = n.ethnic_code
      where n.year = (select max(year) from population where year <= 2025) and n.age_band <> '0-15'`);
    const { uptake } = dataOf(await api.run<UptakeData>(UPTAKE, { dimension: 'ETHNIC_GROUP', filter: { financialYear: '2024/25' } }, exact));
    const asian = uptake.groups.find((group) => group.key === 'Asian') as Group;
    const interval = wilson(referrals.asian, referrals.total);
    expect(asian).toMatchObject({ label: 'Asian', referrals: referrals.asian, population: residents.asian });
    expect(asian.share).toMatchObject({ numerator: referrals.asian, denominator: referrals.total, suppressed: false });
    expect(asian.share.estimate).toBeCloseTo(referrals.asian / referrals.total, 12);
    // @hub/analytics takes z = Φ⁻¹(0.975) = 1.95996…, not the rounded 1.96 used here.
    expect(asian.share.lower).toBeCloseTo(interval.lower, 5);
    expect(asian.share.upper).toBeCloseTo(interval.upper, 5);
    expect(asian.populationShare).toBeCloseTo(residents.asian / residents.total, 12);
    expect(asian.gapPoints).toBeCloseTo((referrals.asian / referrals.total - residents.asian / residents.total) * 100, 9);
    expect(asian.underRepresented).toBe(interval.upper < residents.asian / residents.total);
    const populationShare = residents.asian / residents.total;
    expect(asian.gap.estimate).toBeCloseTo(asian.gapPoints as number, 12);
    expect(asian.gap.lower).toBeCloseTo((interval.lower - populationShare) * 100, 3);
    expect(asian.gap.upper).toBeCloseTo((interval.upper - populationShare) * 100, 3);
    expect(asian.ratio.lower).toBeCloseTo(interval.lower / populationShare, 4);
    expect(asian.ratio.upper).toBeCloseTo(interval.upper / populationShare, 4);
    expect(uptake.definitions.gap).toMatch(/percentage points/);
    expect(uptake.definitions.dimension).toMatch(/Broad ethnic group/);
    // One financial year: the rate per year is the rate over the period.
    expect(asian.referralRate).toMatchObject({ years: 1 });
    expect(asian.referralRate?.ratePer1000).toBeCloseTo((referrals.asian / residents.asian) * 1000, 9);
    expect(uptake).toMatchObject({
      dimension: 'ETHNIC_GROUP',
      totalReferrals: referrals.total + referrals.unstated,
      statedReferrals: referrals.total,
      totalPopulation: residents.total,
      rateYears: 1,
    });
    expect(uptake.unstated).toMatchObject({ labels: ['Not stated', 'Not known'], referrals: referrals.unstated, share: { numerator: referrals.unstated } });
    expect(uptake.eligibleAgeBands[0]).toBe('16-24');
  });

  it('publishes rounded counts by default and "Not stated" as part of the unstated figure, not as a group', async () => {
    const exactData = dataOf(await api.run<UptakeData>(UPTAKE, { dimension: 'ETHNIC_GROUP', filter: { financialYear: '2024/25' } }, exact));
    const { uptake } = dataOf(await api.run<UptakeData>(UPTAKE, { dimension: 'ETHNIC_GROUP', filter: { financialYear: '2024/25' } }));
    expect(uptake.totalReferrals).toBe(published(exactData.uptake.totalReferrals as number));
    for (const group of uptake.groups) {
      const exactGroup = exactData.uptake.groups.find((candidate) => candidate.key === group.key) as Group;
      expect(group.referrals, group.key).toBe(published(exactGroup.referrals as number));
    }
    expect(uptake.groups.find((group) => group.key === 'Not stated')).toBeUndefined();
    expect(uptake.unstated.referrals).toBe(published(exactData.uptake.unstated.referrals as number));
    expect(uptake.unstated.share.estimate).toBeCloseTo((uptake.unstated.referrals as number) / (uptake.totalReferrals as number), 12);
  });

  it('gives each ward an age-standardised yearly rate with its interval around it', async () => {
    const { uptake } = dataOf(await api.run<UptakeData>(UPTAKE, { dimension: 'WARD', filter: { financialYear: '2024/25' } }, exact));
    const rated = uptake.groups.filter((ward) => ward.standardisedRate.estimate !== null);
    expect(rated.length).toBeGreaterThan(0);
    for (const ward of rated) {
      const { estimate, lower, upper } = ward.standardisedRate as { estimate: number; lower: number; upper: number };
      expect(lower, ward.key).toBeLessThan(estimate);
      expect(upper, ward.key).toBeGreaterThan(estimate);
    }
  });

  it('names a filter value that is not on the code list, and an unknown dimension', async () => {
    const sex = await api.run(UPTAKE, { dimension: 'WARD', filter: { ageBands: ['ancient'] } });
    expect(sex.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter.ageBands[0]' } });
    const dimension = await api.run('{ uptake(dimension: RELIGION) { totalReferrals } }');
    expect(dimension.errors?.[0].message).toContain('RELIGION');
    expect(dimension.errors?.[0].extensions?.argumentName).toBe('dimension');
  });
});
