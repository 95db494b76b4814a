// Distributions read outcome_value_month when no demographic filter applies; the bins must be
// exactly those counted from the pairs themselves.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFilter } from '../filter/report-filter.validate.js';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool } from '../testing/fixture.database.js';
import { distributionQuery, loadDistribution, type DistributionRow } from './outcome-distribution.queries.js';
import { OUTCOME_BINS } from './outcome.bins.js';

const schemes = new Map(Object.entries(OUTCOME_BINS));
const ordered = (rows: DistributionRow[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code) || a.side.localeCompare(b.side) || a.bin - b.bin);

describe('outcome distributions from the value summary', () => {
  let pool: pg.Pool;
  beforeAll(() => (pool = seededPool()));
  afterAll(() => pool.end());

  it('match the pairs binned one by one, for the whole period and for one programme in one year', async () => {
    const runner = pgRunner(pool);
    for (const filter of [{}, { period: { financialYear: '2021/22' }, programmeIds: [1] }]) {
      const resolved = resolveFilter(filter);
      const fromSummary = ordered(await loadDistribution(runner, resolved, schemes, 'auto'));
      const fromRows = ordered(await loadDistribution(runner, resolved, schemes, 'rows'));
      expect(fromSummary.length).toBeGreaterThan(10);
      expect(fromSummary).toEqual(fromRows);
    }
  });

  it('reads the pairs themselves once a demographic filter applies', () => {
    expect(distributionQuery(resolveFilter({}), schemes).sql).toContain('from outcome_value_month');
    expect(distributionQuery(resolveFilter({ wardCodes: ['BISC'] }), schemes).sql).toContain('from outcome_pair');
  });
});
