import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tChart, xmrChart } from '@hub/analytics';
import { ReportingNotFoundError } from '../input/reporting.errors.js';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool, withFixture, type FixtureBuilder } from '../testing/fixture.database.js';
import { qiMeasureSpc } from './qi-spc.report.js';

/** A project with one measure; values are monthly from January 2020. */
async function measure(fx: FixtureBuilder, values: number[], options: { chart?: 'xmr' | 't'; ghost?: number; rebase?: number } = {}): Promise<number> {
  const project = await fx.one(`insert into qi_project (code, title, team, aim, started_on, status, progress_score)
    values ('fx-project', 'Fixture project', 'Team', 'Aim', '2020-01-01', 'testing', 2.0) returning id`);
  const id = await fx.one(
    `insert into qi_measure (project_id, name, unit, direction, target, chart)
    values ($1, 'Fixture measure', 'count', 'increase', 12, $2) returning id`,
    [project, options.chart ?? 'xmr'],
  );
  for (const [i, value] of values.entries()) {
    await fx.client.query(
      `insert into qi_measure_value (measure_id, period_start, value)
      values ($1, ('2020-01-01'::date + make_interval(months => $2))::date, $3)`,
      [id, i, value],
    );
  }
  // Saved chart settings mark a day inside the period, not necessarily its first day.
  for (const [kind, index] of [
    ['ghost', options.ghost],
    ['rebase', options.rebase],
  ] as const) {
    if (index === undefined) continue;
    await fx.client.query(
      `insert into qi_chart_mark (measure_id, kind, at, reason)
      values ($1, $2, ('2020-01-15'::date + make_interval(months => $3))::date, 'Fixture mark')`,
      [id, kind, index],
    );
  }
  const cycle = await fx.one(
    `insert into pdsa_cycle (project_id, sequence, change_idea, plan, started_on)
    values ($1, 1, 'Reminder calls', 'Plan', '2020-03-15') returning id`,
    [project],
  );
  await fx.client.query('insert into pdsa_cycle_measure (cycle_id, measure_id) values ($1, $2)', [cycle, id]);
  await fx.client.query(
    `insert into qi_annotation (project_id, measure_id, noted_on, text) values ($1, $2, '2019-12-01', 'Before the first point'),
    ($1, null, '2020-06-30', 'Project-wide note')`,
    [project, id],
  );
  return id;
}

const SERIES = [10, 11, 9, 10, 12, 10, 11, 9, 10, 30, 14, 15, 14, 16, 15, 14];

describe('qiMeasureSpc on hand-made fixtures', () => {
  it('charts the values with ghosted points left out and limits recalculated at the marked rebase', async () => {
    const spc = await withFixture(
      async (fx) => {
        await measure(fx, SERIES, { ghost: 9, rebase: 10 });
      },
      async (runner) => qiMeasureSpc(runner, (await runner.query<{ id: number }>('select id from qi_measure'))[0].id),
    );
    const expected = xmrChart(SERIES, { direction: 'increase', target: 12, ghosted: [9], rebaseAt: [10] });
    expect(spc.points.map((point) => point.mean)).toEqual(expected.points.map((point) => point.mean));
    expect(spc.chart).toMatchObject({ kind: 'xmr', chartType: 'xmr', variation: expected.variation, assurance: expected.assurance });
    expect(spc.points[9]).toMatchObject({ periodStart: '2020-10-01', ghosted: true, value: 30 });
    expect(spc.points[0].mean).not.toBe(spc.points[10].mean);
  });

  it('places PDSA cycles and annotations on the point whose period they fall in', async () => {
    const spc = await withFixture(
      async (fx) => {
        await measure(fx, SERIES);
      },
      async (runner) => qiMeasureSpc(runner, (await runner.query<{ id: number }>('select id from qi_measure'))[0].id),
    );
    expect(spc.cycles).toEqual([expect.objectContaining({ changeIdea: 'Reminder calls', pointIndex: 2, periodStart: '2020-03-01' })]);
    expect(spc.annotations.map((note) => [note.text, note.pointIndex])).toEqual([
      ['Before the first point', null],
      ['Project-wide note', 5],
    ]);
  });

  it('gives flat limits and no NaN for a constant series', async () => {
    const spc = await withFixture(
      async (fx) => {
        await measure(fx, Array(15).fill(7));
      },
      async (runner) => qiMeasureSpc(runner, (await runner.query<{ id: number }>('select id from qi_measure'))[0].id),
    );
    expect(spc.points[0]).toMatchObject({ mean: 7, upperLimit: 7, lowerLimit: 7 });
    expect(JSON.stringify(spc)).not.toMatch(/NaN|Infinity/);
  });

  it('uses a T chart for a rare-event measure and a run chart below 13 points', async () => {
    const days = [30, 45, 20, 60, 35, 50, 40, 25, 70, 30, 55, 45, 38];
    const t = await withFixture(
      async (fx) => {
        await measure(fx, days, { chart: 't' });
      },
      async (runner) => qiMeasureSpc(runner, (await runner.query<{ id: number }>('select id from qi_measure'))[0].id),
    );
    expect(t.points.map((point) => point.upperLimit)).toEqual(tChart(days, { direction: 'increase', target: 12 }).points.map((point) => point.upperLimit));
    const run = await withFixture(
      async (fx) => {
        await measure(fx, SERIES.slice(0, 5));
      },
      async (runner) => qiMeasureSpc(runner, (await runner.query<{ id: number }>('select id from qi_measure'))[0].id),
    );
    expect(run).toMatchObject({ chart: { kind: 'run' }, reason: 'fewer than 13 points: run chart with the median' });
  });

  it('reports a measure without values with a reason', async () => {
    const spc = await withFixture(
      async (fx) => {
        await measure(fx, []);
      },
      async (runner) => qiMeasureSpc(runner, (await runner.query<{ id: number }>('select id from qi_measure'))[0].id),
    );
    expect(spc).toMatchObject({ points: [], reason: 'no values recorded' });
  });
});

describe('qiMeasureSpc on the seeded QI projects', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = seededPool();
  });
  afterAll(() => pool.end());

  it('charts every stored value of a measure in period order', async () => {
    const { rows } = await pool.query(`select measure_id, array_agg(value::float8 order by period_start) as values,
      array_agg(ordinality - 1 order by period_start) filter (where ghosted) as ghosted
      from (select *, row_number() over (partition by measure_id order by period_start) as ordinality,
          exists (select 1 from qi_chart_mark k where k.measure_id = mv.measure_id and k.kind = 'ghost' and k.at = mv.period_start) as ghosted
        from qi_measure_value mv) v
      join qi_measure m on m.id = v.measure_id where m.chart = 'xmr' group by measure_id order by measure_id limit 1`);
    const spc = await qiMeasureSpc(pgRunner(pool), rows[0].measure_id);
    expect(spc.points.map((point) => point.value)).toEqual(rows[0].values);
    expect(spc.points.filter((point) => point.ghosted).length).toBe((rows[0].ghosted ?? []).length);
  });

  it('throws a not-found error for an unknown measure and names a bad id', async () => {
    await expect(qiMeasureSpc(pgRunner(pool), 999_999)).rejects.toBeInstanceOf(ReportingNotFoundError);
    await expect(qiMeasureSpc(pgRunner(pool), -1)).rejects.toMatchObject({ field: 'measureId' });
  });
});
