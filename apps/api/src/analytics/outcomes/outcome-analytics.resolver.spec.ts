import { swemwbsMetric } from '@hub/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../testing/api.harness.js';
import { openSeededApi, type SeededApi } from '../../testing/seeded.harness.js';

const exact = 'admin' as const;
const FIGURE = 'estimate lower upper numerator denominator pairs starters completers reason';
const PROPORTION = 'numerator denominator estimate lower upper suppressed reason';

interface Headline {
  key: string;
  kind: string;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  numerator: number | null;
  denominator: number | null;
  pairs: number | null;
  starters: number | null;
  completers: number | null;
  reason: string | null;
}
interface Summary {
  outcomeSummary: {
    headlines: Headline[];
    instruments: { instrument: { code: string }; pairs: number | null; distribution: { before: number | null; after: number | null }[] }[];
  };
}

const SUMMARY = `query($filter: ReferralFilter) { outcomeSummary(filter: $filter) {
  headlines { key kind ${FIGURE} }
  instruments { instrument { code } pairs distribution { from to before after } }
} }`;

type Timepoint = 'END_OF_PROGRAMME' | 'FOLLOW_UP' | 'LATEST';

/** The later timepoints each comparison may pair a baseline with. */
const LATER: Record<Timepoint, string[]> = {
  END_OF_PROGRAMME: ['end'],
  FOLLOW_UP: ['follow_up_6m', 'follow_up_12m'],
  LATEST: ['end', 'follow_up_6m', 'follow_up_12m'],
};

/**
 * Pairs read straight from the base tables, not the rollups: each baseline with the most recent
 * score of the same referral at the chosen timepoint; a baseline with none is lost before it
 * (docs/methods.md, "Which later score a figure pairs with").
 */
async function independentPairs(api: SeededApi, instrument: string, timepoint: Timepoint = 'END_OF_PROGRAMME') {
  const rows = await api.sql<{ before: string; after: string | null; status: string }>(
    `
    select b.score as before, r.status,
      (select l.score from outcome_measurement l where l.referral_id = b.referral_id and l.instrument_code = $1
         and l.timepoint = any($2::text[]) order by l.measured_on desc, l.timepoint desc limit 1) as after
    from outcome_measurement b join referral r on r.id = b.referral_id
    where b.instrument_code = $1 and b.timepoint = 'baseline'`,
    [instrument, LATER[timepoint]],
  );
  const pairs = rows.filter((row) => row.after !== null).map((row) => ({ before: Number(row.before), after: Number(row.after) }));
  return { starters: rows.length, completers: rows.filter((row) => row.status === 'completed').length, pairs, lost: rows.length - pairs.length };
}

const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

describe('outcomeSummary on the seeded town', () => {
  let api: SeededApi;
  let headlines: Map<string, Headline>;
  beforeAll(async () => {
    api = await openSeededApi();
    const data = dataOf(await api.run<Summary>(SUMMARY, {}, exact));
    headlines = new Map(data.outcomeSummary.headlines.map((headline) => [headline.key, headline]));
  });
  afterAll(() => api.close());

  it('gives the activity gain and the GP and A&E reduction as Σafter ÷ Σbefore − 1 of the pairs', async () => {
    for (const [key, instrument] of [
      ['activityGain', 'activity'],
      ['gpAeReduction', 'gp_ae_visits'],
    ]) {
      const { pairs, starters, completers } = await independentPairs(api, instrument);
      const before = total(pairs.map((pair) => pair.before));
      const after = total(pairs.map((pair) => pair.after));
      const headline = headlines.get(key) as Headline;
      expect(headline).toMatchObject({ kind: 'RELATIVE_CHANGE', pairs: pairs.length, starters, completers, numerator: after, denominator: before });
      expect(headline.estimate).toBeCloseTo(after / before - 1, 12);
      expect(headline.lower).toBeLessThan(headline.estimate as number);
    }
    expect(headlines.get('activityGain')?.estimate).toBeGreaterThan(0);
    expect(headlines.get('gpAeReduction')?.estimate).toBeLessThan(0);
  });

  it('gives wellbeing (SWEMWBS metric score) and self-efficacy improved as pairs that rose ÷ pairs', async () => {
    const swemwbs = await independentPairs(api, 'swemwbs');
    const wellbeing = swemwbs.pairs.filter((pair) => swemwbsMetric(pair.after) > swemwbsMetric(pair.before)).length;
    expect(headlines.get('wellbeingImproved')).toMatchObject({
      kind: 'PERCENT_IMPROVED',
      numerator: wellbeing,
      denominator: swemwbs.pairs.length,
      starters: swemwbs.starters,
    });
    expect(headlines.get('wellbeingImproved')?.estimate).toBeCloseTo(wellbeing / swemwbs.pairs.length, 12);
    const gse = await independentPairs(api, 'gse');
    const selfEfficacy = gse.pairs.filter((pair) => pair.after > pair.before).length;
    expect(headlines.get('selfEfficacyImproved')).toMatchObject({ numerator: selfEfficacy, denominator: gse.pairs.length, completers: gse.completers });
    expect(headlines.get('selfEfficacyImproved')?.estimate).toBeCloseTo(selfEfficacy / gse.pairs.length, 12);
  });

  it('gives 5 a day as pairs eating at least 5 portions at the later measurement ÷ pairs', async () => {
    const { pairs } = await independentPairs(api, 'fruit_veg');
    const achieving = pairs.filter((pair) => pair.after >= 5).length;
    const fiveADay = headlines.get('fiveADay') as Headline;
    expect(fiveADay).toMatchObject({ kind: 'PERCENT_ACHIEVING', numerator: achieving, denominator: pairs.length });
    expect(fiveADay.estimate).toBeCloseTo(achieving / pairs.length, 12);
    expect(fiveADay.lower).toBeLessThan(fiveADay.estimate as number);
    expect(fiveADay.upper).toBeGreaterThan(fiveADay.estimate as number);
  });

  it('pairs each baseline with the chosen timepoint and counts who was lost before it', async () => {
    const query = `query($timepoint: OutcomeTimepoint!) { outcomeSummary(timepoint: $timepoint) {
      timepoint pairing headlines { key numerator denominator lost } instruments { instrument { code } pairs lost } } }`;
    type Answer = {
      outcomeSummary: {
        timepoint: Timepoint;
        pairing: string;
        headlines: { key: string; numerator: number; denominator: number; lost: number }[];
        instruments: { instrument: { code: string }; pairs: number; lost: number }[];
      };
    };
    for (const timepoint of ['FOLLOW_UP', 'LATEST'] as const) {
      const { outcomeSummary } = dataOf(await api.run<Answer>(query, { timepoint }, exact));
      const { pairs, lost } = await independentPairs(api, 'fruit_veg', timepoint);
      const fiveADay = outcomeSummary.headlines.find((headline) => headline.key === 'fiveADay');
      expect(fiveADay, timepoint).toEqual({ key: 'fiveADay', numerator: pairs.filter((pair) => pair.after >= 5).length, denominator: pairs.length, lost });
      expect(
        outcomeSummary.instruments.find((outcome) => outcome.instrument.code === 'fruit_veg'),
        timepoint,
      ).toMatchObject({ pairs: pairs.length, lost });
      expect(outcomeSummary.timepoint).toBe(timepoint);
    }
    const followUp = await independentPairs(api, 'fruit_veg', 'FOLLOW_UP');
    const end = await independentPairs(api, 'fruit_veg');
    // Fewer people reach a follow-up than the end of the programme: the two must not be mixed.
    expect(followUp.pairs.length).toBeLessThan(end.pairs.length);
    expect(followUp.lost).toBeGreaterThan(end.lost);
  });

  it("shows each instrument's before and after distribution over exactly its pairs", async () => {
    const { outcomeSummary } = dataOf(await api.run<Summary>(SUMMARY, {}, exact));
    for (const outcome of outcomeSummary.instruments) {
      expect(total(outcome.distribution.map((bin) => bin.before ?? 0)), outcome.instrument.code).toBe(outcome.pairs);
      expect(total(outcome.distribution.map((bin) => bin.after ?? 0)), outcome.instrument.code).toBe(outcome.pairs);
    }
  });

  it('publishes counts rounded to 5 by default, the estimate from the rounded counts', async () => {
    const { outcomeSummary } = dataOf(await api.run<Summary>(SUMMARY));
    const wellbeing = outcomeSummary.headlines.find((headline) => headline.key === 'wellbeingImproved') as Headline;
    expect([wellbeing.numerator, wellbeing.denominator, wellbeing.pairs].map((count) => (count as number) % 5)).toEqual([0, 0, 0]);
    expect(wellbeing.estimate).toBe((wellbeing.numerator as number) / (wellbeing.denominator as number));
  });

  it('gives nulls with a reason, never NaN, when the period has no referrals', async () => {
    const result = await api.run<Summary>(SUMMARY, { filter: { periodFrom: '2031-01-01', periodTo: '2031-12-31' } });
    const { outcomeSummary } = dataOf(result);
    expect(outcomeSummary.headlines).toHaveLength(5);
    for (const headline of outcomeSummary.headlines) {
      expect(headline).toMatchObject({ estimate: null, lower: null, pairs: 0, reason: 'no baseline measurements in the filter' });
    }
    expect(outcomeSummary.instruments).toEqual([]);
  });

  it('names the filter argument at fault', async () => {
    const financialYear = await api.run(SUMMARY, { filter: { financialYear: '2019-20' } });
    expect(financialYear.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter.financialYear' } });
    expect(financialYear.errors?.[0].message).toContain("must look like '2019/20'");
    const period = await api.run(SUMMARY, { filter: { periodFrom: '2020-02-01', periodTo: '2020-01-31' } });
    expect(period.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter.periodTo' } });
    const group = await api.run(SUMMARY, { filter: { ethnicGroups: ['Martian'] } });
    expect(group.errors?.[0].extensions?.argumentName).toBe('filter.ethnicGroups[0]');
  });
});

describe('outcomesByGroup on the seeded town', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await openSeededApi();
  });
  afterAll(() => api.close());

  const BY_GROUP = `query($instrument: String!, $dimension: OutcomeGroupDimension!, $filter: ReferralFilter) {
    outcomesByGroup(instrument: $instrument, dimension: $dimension, filter: $filter) { key label improved { ${PROPORTION} } comparison } }`;

  it('gives % improved per sex, as counted from the base tables, against the overall share', async () => {
    const rows = await api.sql<{ sex: string; pairs: number; improved: number }>(`
      select p.sex, count(*)::int as pairs, count(*) filter (where l.score > b.score)::int as improved
      from outcome_measurement b join referral r on r.id = b.referral_id join person p on p.id = r.person_id
      join lateral (select e.score from outcome_measurement e where e.referral_id = b.referral_id and e.instrument_code = 'gse'
        and e.timepoint <> 'baseline' order by (e.timepoint = 'end') desc, e.measured_on desc limit 1) l on true
      where b.instrument_code = 'gse' and b.timepoint = 'baseline' group by p.sex`);
    const data = dataOf(
      await api.run<{ outcomesByGroup: { key: string; label: string; improved: { numerator: number; denominator: number }; comparison: string | null }[] }>(
        BY_GROUP,
        { instrument: 'gse', dimension: 'SEX' },
        exact,
      ),
    );
    for (const row of rows) {
      const group = data.outcomesByGroup.find((candidate) => candidate.key === row.sex);
      expect(group?.improved, row.sex).toMatchObject({ numerator: row.improved, denominator: row.pairs });
    }
    expect(data.outcomesByGroup.find((group) => group.key === 'female')).toMatchObject({
      label: 'Female',
      comparison: expect.stringMatching(/^(BETTER|WORSE|SIMILAR)$/),
    });
  });

  it('sends with every group how the share and its comparison are computed, at the timepoint asked for', async () => {
    const query = `query($timepoint: OutcomeTimepoint!) { outcomesByGroup(instrument: "gse", dimension: AGE_BAND, timepoint: $timepoint) { key definition } }`;
    const { outcomesByGroup } = dataOf(await api.run<{ outcomesByGroup: { key: string; definition: string }[] }>(query, { timepoint: 'FOLLOW_UP' }));
    expect(outcomesByGroup.length).toBeGreaterThan(1);
    expect(new Set(outcomesByGroup.map((group) => group.definition)).size).toBe(1);
    expect(outcomesByGroup[0]!.definition).toMatch(/whole interval lies above or below it/);
    expect(outcomesByGroup[0]!.definition).toMatch(/follow-up/);
  });

  it('names an unknown instrument and an unknown dimension', async () => {
    const instrument = await api.run(BY_GROUP, { instrument: 'sf36', dimension: 'WARD' });
    expect(instrument.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'instrument' } });
    const dimension = await api.run(`{ outcomesByGroup(instrument: "gse", dimension: POSTCODE) { key } }`);
    expect(dimension.errors?.[0].message).toContain('POSTCODE');
    expect(dimension.errors?.[0].extensions?.argumentName).toBe('dimension');
  });
});
