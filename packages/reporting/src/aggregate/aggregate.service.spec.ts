import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPRESSED } from '../disclosure/disclosure.policy.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import { UnknownAggregateTermError } from '../input/reporting.errors.js';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool, withFixture } from '../testing/fixture.database.js';
import { compileAggregate } from './aggregate.compiler.js';
import { aggregate } from './aggregate.service.js';

const exact = { suppressSmallCounts: false };

describe('aggregate on the seeded town', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = seededPool();
  });
  afterAll(() => pool.end());

  it('counts referrals, starts, completions and people by programme and financial year as the base tables do', async () => {
    const result = await aggregate(pgRunner(pool), {
      measures: ['referrals', 'starts', 'completions', 'people'],
      dimensions: ['programme'],
      granularity: 'financialYear',
      policy: exact,
    });
    const { rows } = await pool.query<{ programme_id: number; fy: string; referrals: number; starts: number; completions: number; people: number }>(`
      select programme_id, case when extract(month from received_on) >= 4
          then extract(year from received_on)::int || '/' || right((extract(year from received_on)::int + 1)::text, 2)
          else (extract(year from received_on)::int - 1) || '/' || right(extract(year from received_on)::int::text, 2) end as fy,
        count(*)::int as referrals, count(started_on)::int as starts, count(*) filter (where status = 'completed')::int as completions,
        count(distinct person_id)::int as people
      from referral group by 1, 2 order by 1, 2`);
    expect(
      result.rows.map((row) => [
        row.dimensions.programme,
        row.period,
        ...(['referrals', 'starts', 'completions', 'people'] as const).map((measure) => row.measures[measure]?.value),
      ]),
    ).toEqual(rows.map((row) => [row.programme_id, row.fy, row.referrals, row.starts, row.completions, row.people]));
  });

  it('gives the mean and median wait and a grand total computed from rows, not from cells', async () => {
    const result = await aggregate(pgRunner(pool), {
      measures: ['people', 'meanWaitDays', 'medianWaitDays'],
      dimensions: ['ethnicGroup', 'sex'],
      granularity: 'quarter',
      policy: exact,
    });
    const [{ people, mean, median }] = (
      await pool.query(`
      select count(distinct person_id)::int as people, avg(started_on - received_on)::float8 as mean,
        percentile_cont(0.5) within group (order by started_on - received_on)::float8 as median from referral`)
    ).rows;
    expect(result.total.measures).toEqual({
      people: { value: people, reason: null },
      meanWaitDays: { value: expect.closeTo(mean, 9), reason: null },
      medianWaitDays: { value: median, reason: null },
    });
    expect(result.rows.reduce((sum, row) => sum + (row.measures.people?.value as number), 0)).toBeGreaterThanOrEqual(people);
  });

  it('buckets by ISO week and month of the received date', async () => {
    const result = await aggregate(pgRunner(pool), {
      measures: ['referrals'],
      granularity: 'week',
      filter: { period: { from: '2022-01-03', to: '2022-01-30' } },
      policy: exact,
    });
    const { rows } = await pool.query(`select to_char(date_trunc('week', received_on), 'YYYY-MM-DD') as week, count(*)::int as n
      from referral where received_on between '2022-01-03' and '2022-01-30' group by 1 order by 1`);
    expect(result.rows.map((row) => [row.period, row.measures.referrals?.value])).toEqual(rows.map((row) => [row.week, row.n]));
  });

  it('rounds and suppresses cells and the total by default, deterministically', async () => {
    const request = { measures: ['referrals' as const, 'medianWaitDays' as const], dimensions: ['ward' as const, 'ageBand' as const] };
    const first = await aggregate(pgRunner(pool), request);
    const second = await aggregate(pgRunner(pool), request);
    expect(second).toEqual(first);
    const cells = first.rows.map((row) => row.measures.referrals);
    expect(cells.some((cell) => cell?.reason === SUPPRESSED)).toBe(true);
    expect(cells.every((cell) => cell?.value === null || cell?.value === 0 || (cell?.value as number) % 5 === 0)).toBe(true);
    expect(first.total.measures.referrals?.value).toBe(3000);
  });

  it('rejects an unknown measure or dimension with a typed error naming it', async () => {
    await expect(aggregate(pgRunner(pool), { measures: ['referrals', 'cost' as never] })).rejects.toThrow(
      new UnknownAggregateTermError('measures', 'cost', []).message.split(';')[0],
    );
    await expect(aggregate(pgRunner(pool), { measures: ['referrals'], dimensions: ['religion' as never] })).rejects.toMatchObject({
      name: 'UnknownAggregateTermError',
      field: 'dimensions',
      term: 'religion',
    });
    await expect(aggregate(pgRunner(pool), { measures: ['referrals'], granularity: 'decade' as never })).rejects.toMatchObject({
      field: 'granularity',
      term: 'decade',
    });
  });

  it('treats an injection attempt in a filter value as a value: validation rejects it, and compiled SQL never contains it', async () => {
    const attack = "A') or 1=1; drop table referral; --";
    await expect(aggregate(pgRunner(pool), { measures: ['referrals'], filter: { ethnicCodes: [attack as never] } })).rejects.toMatchObject({
      field: 'filter.ethnicCodes[0]',
    });
    await expect(aggregate(pgRunner(pool), { measures: ['referrals; drop table referral' as never] })).rejects.toBeInstanceOf(UnknownAggregateTermError);
    // Past validation, the compiler still only ever sends the value as a parameter.
    const filter = { ...resolveFilter({}), lists: { wardCodes: [attack, 'BISC'] } };
    for (const route of ['auto', 'rows'] as const) {
      const { sql, params } = compileAggregate({ measures: ['referrals'], dimensions: ['ward'], granularity: 'none' }, filter, route);
      expect(sql).not.toContain(attack);
      expect(params).toContainEqual([attack, 'BISC']);
      const rows = await pool.query(sql, params);
      expect(rows.rows.find((row) => row.is_total)?.m0).toBe(rows.rows.find((row) => row.d0 === 'BISC')?.m0);
    }
    const [{ n }] = (await pool.query('select count(*)::int as n from referral')).rows;
    expect(n).toBe(3000);
  });
});

describe('aggregate on hand-made fixtures', () => {
  it('returns a zero total and no cells for an empty period, and null waits with a reason', async () => {
    const result = await withFixture(
      async (fx) => {
        await fx.referral();
      },
      (runner) => aggregate(runner, { measures: ['referrals', 'meanWaitDays'], dimensions: ['sex'], filter: { period: { financialYear: '2030/31' } } }),
    );
    expect(result.rows).toEqual([]);
    expect(result.total.measures).toEqual({ referrals: { value: 0, reason: null }, meanWaitDays: { value: null, reason: 'no referrals started' } });
  });

  it('suppresses a total of 1–7 so a hidden cell cannot be recovered from it', async () => {
    const result = await withFixture(
      async (fx) => {
        for (let i = 0; i < 6; i++) await fx.referral({ person: { sex: i < 4 ? 'female' : 'male' } });
      },
      (runner) => aggregate(runner, { measures: ['referrals', 'medianWaitDays'], dimensions: ['sex'] }),
    );
    expect(result.total.measures.referrals).toEqual({ value: null, reason: SUPPRESSED });
    expect(result.rows.map((row) => row.measures.referrals?.value)).toEqual([null, null]);
    expect(result.total.measures.medianWaitDays?.value).toBeNull();
  });

  it('gives one cell equal to the total without dimensions or granularity', async () => {
    const result = await withFixture(
      async (fx) => {
        for (let i = 0; i < 12; i++) await fx.referral({ receivedOn: '2019-05-01', startedOn: '2019-05-11' });
      },
      (runner) => aggregate(runner, { measures: ['referrals', 'meanWaitDays', 'medianWaitDays'] }),
    );
    expect(result.rows).toEqual([result.total]);
    expect(result.total.measures).toEqual({
      referrals: { value: 10, reason: null },
      meanWaitDays: { value: 10, reason: null },
      medianWaitDays: { value: 10, reason: null },
    });
  });
});
