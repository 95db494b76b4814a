import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../testing/api.harness.js';
import { openSeededApi, type SeededApi } from '../../testing/seeded.harness.js';

type Timepoint = 'END_OF_PROGRAMME' | 'FOLLOW_UP' | 'LATEST';

const FIVE_A_DAY = `query($filter: ReferralFilter, $timepoint: OutcomeTimepoint!) { outcomeSummary(filter: $filter, timepoint: $timepoint) {
  headlines { key numerator denominator estimate lost }
} }`;

interface Answer {
  outcomeSummary: { headlines: { key: string; numerator: number; denominator: number; estimate: number; lost: number }[] };
}

/**
 * The audit's figure (issue 10), counted in SQL from outcome_measurement and referral alone:
 * people referred in the year with a fruit-and-vegetable baseline, paired with their most recent
 * later score of the timepoint's kind, and the share of pairs at 5 or more portions
 * (docs/methods.md, "Which later score a figure pairs with").
 */
async function fiveADayInSql(api: SeededApi, year: { start: string; end: string }, kinds: string[]) {
  const [row] = await api.sql<{ achieving: number; pairs: number; lost: number }>(
    `
    with later as (
      select b.referral_id,
        (select l.score from outcome_measurement l
          where l.referral_id = b.referral_id and l.instrument_code = 'fruit_veg' and l.timepoint = any($3::text[])
          order by l.measured_on desc, l.timepoint desc limit 1) as portions
      from outcome_measurement b join referral r on r.id = b.referral_id
      where b.instrument_code = 'fruit_veg' and b.timepoint = 'baseline' and r.received_on between $1::date and $2::date
    )
    select count(*) filter (where portions >= 5)::int as achieving, count(portions)::int as pairs, count(*) filter (where portions is null)::int as lost
    from later`,
    [year.start, year.end, kinds],
  );
  return row!;
}

const KINDS: Record<Timepoint, string[]> = {
  END_OF_PROGRAMME: ['end'],
  FOLLOW_UP: ['follow_up_6m', 'follow_up_12m'],
  LATEST: ['end', 'follow_up_6m', 'follow_up_12m'],
};

describe("the first financial year's 5 a day, re-checked against the base tables", () => {
  let api: SeededApi;
  let firstYear: string;
  beforeAll(async () => {
    api = await openSeededApi();
    [{ year: firstYear }] = (await api.sql<{ year: string }>(`
      select to_char(min(received_on) - interval '3 months', 'YYYY') || '/' || to_char(min(received_on) + interval '9 months', 'YY') as year from referral`)) as [
      { year: string },
    ];
  });
  afterAll(() => api.close());

  it.each(['FOLLOW_UP', 'END_OF_PROGRAMME', 'LATEST'] as const)('equals the SQL count at %s', async (timepoint) => {
    const startYear = Number(firstYear.slice(0, 4));
    const expected = await fiveADayInSql(api, { start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` }, KINDS[timepoint]);
    const { outcomeSummary } = dataOf(await api.run<Answer>(FIVE_A_DAY, { filter: { financialYear: firstYear }, timepoint }, 'admin'));
    const fiveADay = outcomeSummary.headlines.find((headline) => headline.key === 'fiveADay');
    expect(fiveADay).toMatchObject({ numerator: expected.achieving, denominator: expected.pairs, lost: expected.lost });
    expect(fiveADay?.estimate).toBeCloseTo(expected.achieving / expected.pairs, 12);
    expect(expected.pairs).toBeGreaterThan(0);
  });
});
