import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wilsonInterval } from '@hub/analytics';
import { ReportingInputError } from '../input/reporting.errors.js';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool, withFixture } from '../testing/fixture.database.js';
import { outcomesByGroup } from './outcome-group.report.js';
import { outcomeSummary } from './outcome.report.js';

const exact = { suppressSmallCounts: false };

describe('outcomesByGroup on the seeded town', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = seededPool();
  });
  afterAll(() => pool.end());

  it("splits the instrument's pairs over the groups, the overall share being the headline", async () => {
    const byGroup = await outcomesByGroup(pgRunner(pool), 'swemwbs', 'ethnicGroup', {}, exact);
    const summary = await outcomeSummary(pgRunner(pool), {}, exact);
    const swemwbs = summary.instruments.find((figure) => figure.instrument === 'swemwbs');
    expect(byGroup.overall).toMatchObject({ numerator: swemwbs?.improved.numerator, denominator: swemwbs?.improved.denominator });
    expect(byGroup.groups.reduce((total, group) => total + (group.pairs.value ?? 0), 0)).toBe(swemwbs?.pairs.value);
    expect(byGroup.groups[0]).toMatchObject({ key: 'White', label: 'White' });
  });

  it('counts improved GSE pairs per sex as the base tables do, with Wilson intervals', async () => {
    const { rows } = await pool.query<{ sex: string; pairs: number; improved: number }>(`
      select p.sex, count(*)::int as pairs, count(*) filter (where l.score > b.score)::int as improved
      from outcome_measurement b
      join referral r on r.id = b.referral_id join person p on p.id = r.person_id
      join lateral (select e.score from outcome_measurement e where e.referral_id = b.referral_id and e.instrument_code = 'gse'
        and e.timepoint <> 'baseline' order by (e.timepoint = 'end') desc, e.measured_on desc, e.timepoint desc limit 1) l on true
      where b.instrument_code = 'gse' and b.timepoint = 'baseline'
      group by p.sex`);
    const byGroup = await outcomesByGroup(pgRunner(pool), 'gse', 'sex', {}, exact);
    for (const row of rows) {
      const group = byGroup.groups.find((candidate) => candidate.key === row.sex);
      expect([group?.improved.numerator, group?.improved.denominator], row.sex).toEqual([row.improved, row.pairs]);
      expect(group?.improved.lower).toBeCloseTo(wilsonInterval(row.improved, row.pairs)?.lower as number, 12);
    }
    expect(byGroup.groups.find((group) => group.key === 'female')?.label).toBe('Female');
  });

  it('names the instrument or dimension that is not known', async () => {
    await expect(outcomesByGroup(pgRunner(pool), 'sf36', 'sex')).rejects.toMatchObject({ field: 'instrument' });
    await expect(outcomesByGroup(pgRunner(pool), 'gse', 'postcode' as never)).rejects.toBeInstanceOf(ReportingInputError);
  });
});

describe('outcomesByGroup on hand-made fixtures', () => {
  it('keeps people with no ward as "Not known" and compares each group with the overall share', async () => {
    const byGroup = await withFixture(
      async (fx) => {
        for (let i = 0; i < 30; i++) await fx.pair('gse', 20, 30, { person: { wardCode: 'FXA' } });
        for (let i = 0; i < 30; i++) await fx.pair('gse', 30, 20, { person: { wardCode: 'FXB' } });
        for (let i = 0; i < 10; i++) await fx.pair('gse', 20, 30, { person: { wardCode: null } });
      },
      (runner) => outcomesByGroup(runner, 'gse', 'ward', {}, exact),
    );
    expect(byGroup.groups.map((group) => [group.key, group.label, group.comparison])).toEqual([
      ['FXA', 'Fixture A', 'better'],
      ['FXB', 'Fixture B', 'worse'],
      ['not_known', 'Not known', 'better'],
    ]);
    expect(byGroup.overall).toMatchObject({ numerator: 40, denominator: 70 });
  });

  it('withholds a group of 1–7 pairs by default', async () => {
    const byGroup = await withFixture(
      async (fx) => {
        for (let i = 0; i < 20; i++) await fx.pair('gse', 20, 30, { person: { sex: 'female' } });
        for (let i = 0; i < 3; i++) await fx.pair('gse', 20, 30, { person: { sex: 'male' } });
      },
      (runner) => outcomesByGroup(runner, 'gse', 'sex'),
    );
    expect(byGroup.groups.find((group) => group.key === 'male')).toMatchObject({
      pairs: { value: null },
      improved: { estimate: null, numerator: null },
      comparison: null,
    });
    expect(byGroup.groups.find((group) => group.key === 'female')?.improved).toMatchObject({ numerator: 20, denominator: 20 });
  });
});
