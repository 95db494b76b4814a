import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wilsonInterval } from '@hub/analytics';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool, withFixture } from '../testing/fixture.database.js';
import { involvementOverTime } from './involvement.report.js';

describe('involvementOverTime on hand-made fixtures', () => {
  it("counts projects active in each month at their level at the month's end", async () => {
    const result = await withFixture(
      async (fx) => {
        const add = async (code: string, startedOn: string, endedOn: string | null, levels: [string, string][]) => {
          const id = await fx.one(
            `insert into qi_project (code, title, team, aim, started_on, ended_on, status, progress_score)
            values ($1, $1, 'Team', 'Aim', $2, $3, 'testing', 2.0) returning id`,
            [code, startedOn, endedOn],
          );
          for (const [on, level] of levels) await fx.client.query('insert into qi_project_involvement values ($1, $2, $3)', [id, on, level]);
        };
        await add('fx-a', '2021-01-10', null, [
          ['2021-01-10', 'none'],
          ['2021-02-15', 'big_i'],
        ]);
        await add('fx-b', '2021-01-20', '2021-02-05', [['2021-01-20', 'little_i']]);
        await add('fx-c', '2021-02-01', null, []);
      },
      (runner) => involvementOverTime(runner),
    );
    expect(result.months.map((m) => [m.month, m.activeProjects, m.bigI, m.littleI, m.involved])).toEqual([
      ['2021-01-01', 2, 0, 1, 1],
      ['2021-02-01', 3, 1, 1, 2],
    ]);
    expect(result.months[1].share?.estimate).toBeCloseTo(2 / 3, 12);
  });

  it('gives a null share with a reason in a month with no active project', async () => {
    const result = await withFixture(
      async (fx) => {
        await fx.client.query(`insert into qi_project (code, title, team, aim, started_on, ended_on, status, progress_score) values
          ('fx-a', 'A', 'T', 'A', '2021-01-05', '2021-01-20', 'closed', 2.0), ('fx-b', 'B', 'T', 'A', '2021-03-05', null, 'testing', 2.0)`);
      },
      (runner) => involvementOverTime(runner),
    );
    expect(result.months[1]).toMatchObject({ month: '2021-02-01', activeProjects: 0, share: null, reason: 'no projects active' });
  });

  // Before the fix the series stopped at the last dated project event (Feb 2021) although
  // project A still runs and the data (a measure value) go on to May 2021.
  it('runs to the end of the data, counting Big I and little i each on its own', async () => {
    const result = await withFixture(
      async (fx) => {
        const a = await fx.one(`insert into qi_project (code, title, team, aim, started_on, ended_on, status, progress_score)
          values ('fx-a', 'A', 'T', 'Aim', '2021-01-10', null, 'testing', 2.0) returning id`);
        const b = await fx.one(`insert into qi_project (code, title, team, aim, started_on, ended_on, status, progress_score)
          values ('fx-b', 'B', 'T', 'Aim', '2021-01-20', '2021-02-05', 'closed', 2.0) returning id`);
        await fx.client.query(`insert into qi_project_involvement values ($1, '2021-01-10', 'big_i'), ($2, '2021-01-20', 'little_i')`, [a, b]);
        const measure = await fx.one(
          `insert into qi_measure (project_id, name, unit, direction, target, chart)
          values ($1, 'M', 'count', 'increase', null, 'xmr') returning id`,
          [a],
        );
        await fx.client.query(`insert into qi_measure_value (measure_id, period_start, value) values ($1, '2021-05-01', 3)`, [measure]);
      },
      (runner) => involvementOverTime(runner),
    );
    expect(result.months.map((m) => [m.month, m.activeProjects, m.bigI, m.littleI])).toEqual([
      ['2021-01-01', 2, 1, 1],
      ['2021-02-01', 2, 1, 1],
      ['2021-03-01', 1, 1, 0],
      ['2021-04-01', 1, 1, 0],
      ['2021-05-01', 1, 1, 0],
    ]);
    expect(result.months[1].bigIShare).toEqual(wilsonInterval(1, 2));
    expect(result.months[1].littleIShare).toEqual(wilsonInterval(1, 2));
    expect([result.months[4].bigIShare?.estimate, result.months[4].littleIShare?.estimate]).toEqual([1, 0]);
  });

  it('names a bad date option', async () => {
    await expect(
      withFixture(
        async () => {},
        (runner) => involvementOverTime(runner, { from: '2021-13-01' }),
      ),
    ).rejects.toMatchObject({ field: 'options.from' });
  });
});

describe('involvementOverTime on the seeded QI projects', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = seededPool();
  });
  afterAll(() => pool.end());

  it('matches an independent count at the end of 2021 and of 2023', async () => {
    const result = await involvementOverTime(pgRunner(pool));
    for (const monthEnd of ['2021-12-31', '2023-12-31']) {
      const [{ active, involved }] = (
        await pool.query(
          `
        select count(*)::int as active, count(*) filter (where (
          select level from qi_project_involvement i where i.project_id = p.id and i.effective_on <= $1::date
          order by effective_on desc limit 1) in ('big_i', 'little_i'))::int as involved
        from qi_project p where p.started_on <= $1::date and (p.ended_on is null or p.ended_on >= date_trunc('month', $1::date))`,
          [monthEnd],
        )
      ).rows;
      const month = result.months.find((m) => m.month === `${monthEnd.slice(0, 7)}-01`);
      expect([month?.activeProjects, month?.involved]).toEqual([active, involved]);
      expect(month?.share?.lower).toBeCloseTo(wilsonInterval(involved, active)?.lower as number, 12);
    }
  });
});
