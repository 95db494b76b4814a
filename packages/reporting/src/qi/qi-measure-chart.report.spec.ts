import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmrChart } from '@hub/analytics';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool } from '../testing/fixture.database.js';
import { qiMeasureChart } from './qi-measure-chart.report.js';
import { qiMeasureSpc } from './qi-spc.report.js';

describe('qiMeasureChart on the seeded QI projects', () => {
  let pool: pg.Pool;
  let measure: {
    id: number;
    values: number[];
    starts: string[];
    ghosted: number[];
    rebased: number[];
    direction: 'increase' | 'decrease' | 'neither';
    target: number | null;
  };
  beforeAll(async () => {
    pool = seededPool();
    const { rows } = await pool.query(`
      select m.id, m.direction, m.target::float8 as target, array_agg(v.value::float8 order by v.period_start) as values,
        array_agg(to_char(v.period_start, 'YYYY-MM-DD') order by v.period_start) as starts,
        array_agg(exists (select 1 from qi_chart_mark k where k.measure_id = m.id and k.kind = 'ghost' and k.at = v.period_start) order by v.period_start) as ghosted_flags,
        array_agg(exists (select 1 from qi_chart_mark k where k.measure_id = m.id and k.kind = 'rebase' and k.at = v.period_start) order by v.period_start) as rebase_flags
      from qi_measure m join qi_measure_value v on v.measure_id = m.id
      where m.chart = 'xmr' group by m.id having count(*) >= 20 order by m.id limit 1`);
    const flagged = (flags: boolean[]) => flags.flatMap((flag, i) => (flag ? [i] : []));
    measure = { ...rows[0], ghosted: flagged(rows[0].ghosted_flags), rebased: flagged(rows[0].rebase_flags) };
  });
  afterAll(() => pool.end());

  it('is qiMeasureSpc when the user marks nothing', async () => {
    expect(await qiMeasureChart(pgRunner(pool), measure.id, { rebaseAt: [], ghosted: [] })).toEqual(await qiMeasureSpc(pgRunner(pool), measure.id));
  });

  it("adds the user's rebase and ghosted marks, by any date in the period, to the recorded ones", async () => {
    const rebaseAt = 12;
    const ghost = 4;
    const inPeriod = (i: number) => `${measure.starts[i].slice(0, 8)}15`;
    const chart = await qiMeasureChart(pgRunner(pool), measure.id, { rebaseAt: [inPeriod(rebaseAt)], ghosted: [inPeriod(ghost)] });
    const expected = xmrChart(measure.values, {
      direction: measure.direction,
      target: measure.target ?? undefined,
      ghosted: [...new Set([...measure.ghosted, ghost])].sort((a, b) => a - b),
      rebaseAt: [...new Set([...measure.rebased, rebaseAt])].filter((i) => i > 0).sort((a, b) => a - b),
    });
    expect(chart.points.map((point) => point.mean)).toEqual(expected.points.map((point) => point.mean));
    expect(chart.points[rebaseAt]).toMatchObject({ rebase: true });
    expect(chart.points[ghost]).toMatchObject({ ghosted: true });
    expect(chart.chart.variation).toBe(expected.variation);
  });

  it('names a mark that is not a date', async () => {
    await expect(qiMeasureChart(pgRunner(pool), measure.id, { rebaseAt: ['2020-02-30'] })).rejects.toMatchObject({ field: 'options.rebaseAt[0]' });
  });
});
