// outcomesByGroup reads outcome_month when the filter and grouping fit one slice; it must give
// exactly what counting the pairs themselves gives, for every grouping.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFilter } from '../filter/report-filter.validate.js';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool } from '../testing/fixture.database.js';
import { loadOutcomeGroups, OUTCOME_GROUP_DIMENSIONS, outcomeGroupQuery } from './outcome-group.queries.js';

describe('outcome groups from the monthly summary', () => {
  let pool: pg.Pool;
  beforeAll(() => (pool = seededPool()));
  afterAll(() => pool.end());

  it.each(OUTCOME_GROUP_DIMENSIONS)('match the pairs grouped by %s, with and without a programme and period', async (dimension) => {
    const runner = pgRunner(pool);
    for (const filter of [{}, { period: { financialYear: '2020/21' }, programmeIds: [1, 2] }]) {
      const resolved = resolveFilter(filter);
      const fromSummary = await loadOutcomeGroups(runner, 'swemwbs', dimension, resolved, 'auto');
      const fromRows = await loadOutcomeGroups(runner, 'swemwbs', dimension, resolved, 'rows');
      expect(fromSummary.length).toBeGreaterThan(0);
      expect(fromSummary).toEqual(fromRows);
    }
  });

  it('reads the summary for one grouping and the pairs once a second demographic is filtered', () => {
    expect(outcomeGroupQuery('gse', 'ward', resolveFilter({})).sql).toContain('from outcome_month');
    expect(outcomeGroupQuery('gse', 'ward', resolveFilter({ sexes: ['female'] })).sql).toContain('from outcome_pair');
  });
});
