// The monthly summaries must give exactly what the row-level views give for every report they
// serve; each case runs once through the summary and once forced through the rows.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileAggregate } from '../aggregate/aggregate.compiler.js';
import type { AggregateShape } from '../aggregate/aggregate.compiler.js';
import { loadKpiMetrics, loadKpiMetricsFromMonths } from '../contract/contract.repository.js';
import { periodThresholds } from '../contract/contract.periods.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import { loadOutcomeSummary } from '../outcome/outcome.queries.js';
import { loadServiceMonths } from '../spc/service-spc.queries.js';
import { pgRunner, type SqlRunner } from '../sql/sql.runner.js';
import { seededPool } from '../testing/fixture.database.js';
import { UPTAKE_DIMENSIONS } from '../uptake/uptake.dimensions.js';
import { loadUptake } from '../uptake/uptake.queries.js';
import { monthlySlice } from './monthly-slice.js';

const FILTERS: ReportFilter[] = [
  {},
  { period: { financialYear: '2022/23' } },
  { period: { basis: 'started', from: '2021-01-01', to: '2021-12-31' }, programmeIds: [1, 3] },
  { ethnicGroups: ['Asian', 'Not stated'], serviceIds: [1] },
  { wardCodes: ['BISC', 'DALL'], period: { financialYear: '2021/22' } },
  { deprivationDeciles: [1, 2, 3] },
  { statuses: ['completed'] },
  { sexes: ['male'], ageBands: ['65-74'] },
];

describe('the monthly summaries against the row-level views', () => {
  let pool: pg.Pool;
  let runner: SqlRunner;
  beforeAll(() => {
    pool = seededPool();
    runner = pgRunner(pool);
  });
  afterAll(() => pool.end());

  it.each(FILTERS)('give the same outcome sums and statistics for %j', async (filter) => {
    const resolved = resolveFilter(filter);
    const byCode = (rows: Awaited<ReturnType<typeof loadOutcomeSummary>>) => [...rows].sort((a, b) => a.code.localeCompare(b.code));
    const summary = byCode(await loadOutcomeSummary(runner, resolved));
    const rows = byCode(await loadOutcomeSummary(runner, resolved, 'rows'));
    expect(summary.length).toBeGreaterThan(0);
    summary.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) {
        const other = (rows[i] as unknown as Record<string, unknown>)[key];
        if (typeof value === 'number') expect(value).toBeCloseTo(other as number, 9);
        else expect(value).toEqual(other);
      }
    });
  });

  it('serve the common reports without reading rows', () => {
    expect(monthlySlice(resolveFilter(FILTERS[1]), null)).not.toBeNull();
    expect(monthlySlice(resolveFilter(FILTERS[4]), null)).not.toBeNull();
    expect(monthlySlice(resolveFilter(FILTERS[7]), null)).toBeNull();
  });

  it.each(UPTAKE_DIMENSIONS)('give the same uptake counts by %s', async (dimension) => {
    for (const filter of [FILTERS[0], FILTERS[1], { programmeIds: [1] }]) {
      const resolved = resolveFilter(filter);
      const scope = { populationYear: null, eligibleBands: ['16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-84', '85+'] };
      expect(await loadUptake(runner, dimension, resolved, scope)).toEqual(await loadUptake(runner, dimension, resolved, scope, 'rows'));
    }
  });

  it.each([
    { measures: ['referrals', 'starts', 'completions', 'meanWaitDays'], dimensions: ['programme'], granularity: 'month' },
    { measures: ['referrals', 'meanWaitDays'], dimensions: ['deprivationDecile', 'service'], granularity: 'financialYear' },
    { measures: ['completions'], dimensions: ['ward'], granularity: 'quarter' },
    { measures: ['referrals', 'starts'], dimensions: ['status'], granularity: 'none' },
    { measures: ['referrals'], dimensions: [], granularity: 'none' },
  ] as AggregateShape[])('give the same aggregate cells for %j', async (shape) => {
    for (const filter of [FILTERS[0], FILTERS[1], FILTERS[5]]) {
      const resolved = resolveFilter(filter);
      const run = async (route: 'auto' | 'rows') => {
        const { sql, params } = compileAggregate(shape, resolved, route);
        return runner.query<Record<string, unknown>>(sql, params);
      };
      const [summary, rows] = [await run('auto'), await run('rows')];
      if (filter === FILTERS[0]) expect(compileAggregate(shape, resolved).sql).toContain('referral_month');
      expect(summary.map((row) => ({ ...row, m3: undefined, m1: shape.measures[1] === 'meanWaitDays' ? undefined : row.m1 }))).toEqual(
        rows.map((row) => ({ ...row, m3: undefined, m1: shape.measures[1] === 'meanWaitDays' ? undefined : row.m1 })),
      );
      const means = (result: Record<string, unknown>[], key: string) => result.map((row) => row[key] as number | null);
      const meanKey = `m${shape.measures.indexOf('meanWaitDays')}`;
      if (shape.measures.includes('meanWaitDays')) {
        means(summary, meanKey).forEach((value, i) => expect(value ?? 0).toBeCloseTo(means(rows, meanKey)[i] ?? 0, 9));
      }
    }
  });

  it.each([false, true])('give the same monthly service counts (by ethnic group: %s)', async (byEthnicGroup) => {
    for (const filter of [FILTERS[0], FILTERS[1], FILTERS[4]]) {
      const resolved = resolveFilter(filter);
      expect(await loadServiceMonths(runner, resolved, byEthnicGroup)).toEqual(await loadServiceMonths(runner, resolved, byEthnicGroup, 'rows'));
    }
  });

  it.each(['quarter', 'year', 'month'] as const)('give the same contract KPI counts and exact median waits by %s', async (kind) => {
    const thresholds = periodThresholds('2018-04-01', '2025-03-31', kind);
    expect(await loadKpiMetricsFromMonths(runner, thresholds)).toEqual(await loadKpiMetrics(runner, thresholds));
  });
});
