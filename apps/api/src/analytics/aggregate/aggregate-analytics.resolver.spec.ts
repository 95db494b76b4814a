import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../testing/api.harness.js';
import { openSeededApi, published, type SeededApi } from '../../testing/seeded.harness.js';

const AGGREGATE = `query($measures: [AggregateMeasure!]!, $dimensions: [AggregateDimension!], $granularity: TimeGranularity, $filter: ReferralFilter) {
  aggregate(measures: $measures, dimensions: $dimensions, granularity: $granularity, filter: $filter) {
    rows { period periodLabel dimensions { dimension key label } values { measure value suppressed reason } }
    totals { measure value suppressed reason }
  } }`;

interface Value {
  measure: string;
  value: number | null;
  suppressed: boolean;
  reason: string | null;
}
interface Row {
  period: string | null;
  periodLabel: string | null;
  dimensions: { dimension: string; key: string; label: string }[];
  values: Value[];
}
interface AggregateData {
  aggregate: { rows: Row[]; totals: Value[] };
}

describe('aggregate on the seeded town', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await openSeededApi();
  });
  afterAll(() => api.close());

  it('withholds a ward-month of 1–7 referrals with a reason and rounds every other count and the total to 5', async () => {
    const counts = await api.sql<{ ward: string; month: string; referrals: number }>(`
      select p.ward_code as ward, to_char(date_trunc('month', r.received_on), 'YYYY-MM-DD') as month, count(*)::int as referrals
      from referral r join person p on p.id = r.person_id
      where r.received_on between '2019-04-01' and '2020-03-31' and p.ward_code is not null group by 1, 2`);
    const small = counts.find((count) => count.referrals >= 1 && count.referrals <= 7);
    expect(small, 'the seeded town has a small ward-month').toBeDefined();
    const { aggregate } = dataOf(
      await api.run<AggregateData>(AGGREGATE, {
        measures: ['REFERRALS'],
        dimensions: ['WARD'],
        granularity: 'MONTH',
        filter: { financialYear: '2019/20' },
      }),
    );
    const cell = aggregate.rows.find((row) => row.period === small?.month && row.dimensions[0].key === small?.ward);
    expect(cell?.values[0]).toEqual({ measure: 'REFERRALS', value: null, suppressed: true, reason: 'suppressed: fewer than 8' });
    for (const count of counts) {
      const row = aggregate.rows.find((candidate) => candidate.period === count.month && candidate.dimensions[0].key === count.ward);
      expect(row?.values[0].value, `${count.ward} ${count.month}`).toBe(published(count.referrals));
    }
    const [total] = await api.sql<{ referrals: number }>(
      `select count(*)::int as referrals from referral where received_on between '2019-04-01' and '2020-03-31'`,
    );
    expect(aggregate.totals).toEqual([{ measure: 'REFERRALS', value: published(total.referrals), suppressed: false, reason: null }]);
    expect(aggregate.rows.find((row) => row.dimensions[0].key === 'BISC')?.dimensions[0]).toEqual({ dimension: 'WARD', key: 'BISC', label: 'Biscot' });
    expect(cell?.periodLabel).toMatch(/^[A-Z][a-z]{2} 20(19|20)$/);
  });

  it('labels financial-year buckets and programmes, and gives waits as summaries', async () => {
    const { aggregate } = dataOf(
      await api.run<AggregateData>(AGGREGATE, {
        measures: ['STARTS', 'MEDIAN_WAIT_DAYS'],
        dimensions: ['PROGRAMME'],
        granularity: 'FINANCIAL_YEAR',
      }),
    );
    const [programme] = await api.sql<{ id: string; name: string }>('select id::text, name from programme order by id limit 1');
    const row = aggregate.rows.find((candidate) => candidate.periodLabel === '2019/20' && candidate.dimensions[0].key === programme.id);
    expect(row).toMatchObject({ period: '2019-04-01', dimensions: [{ dimension: 'PROGRAMME', label: programme.name }] });
    expect(aggregate.totals.map((value) => value.measure)).toEqual(['STARTS', 'MEDIAN_WAIT_DAYS']);
    expect(aggregate.totals[1].value).toBeGreaterThan(0);
  });

  it('names an unknown measure or dimension and the argument holding it', async () => {
    const measure = await api.run('{ aggregate(measures: [REFERALS]) { totals { value } } }');
    expect(measure.errors?.[0].message).toContain('REFERALS');
    expect(measure.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', argumentName: 'measures' });
    const dimension = await api.run('{ aggregate(measures: [REFERRALS], dimensions: [POSTCODE]) { totals { value } } }');
    expect(dimension.errors?.[0].message).toContain('POSTCODE');
    expect(dimension.errors?.[0].extensions?.argumentName).toBe('dimensions');
    const repeated = await api.run(AGGREGATE, { measures: ['REFERRALS', 'REFERRALS'] });
    expect(repeated.errors?.[0].extensions?.argumentName).toBe('measures');
  });
});
