import { describe, expect, it } from 'vitest';
import { COMPLEMENT_WITHHELD, NUMERATOR_WITHHELD, SUPPRESSED } from '../disclosure/disclosure.policy.js';
import { withFixture, type FixtureBuilder } from '../testing/fixture.database.js';
import { uptake } from './uptake.service.js';

const exact = { policy: { suppressSmallCounts: false } };

/** Ward FXA: 1,000 White British and 1,000 Pakistani residents. */
async function population(fx: FixtureBuilder): Promise<void> {
  await fx.client.query(`insert into population (year, ward_code, ethnic_code, age_band, sex, residents) values
    (2021, 'FXA', 'A', '45-54', 'female', 1000), (2021, 'FXA', 'J', '45-54', 'female', 1000)`);
}

describe('uptake on hand-made fixtures', () => {
  // Ten White British referrals, none Pakistani: share 0/10 has Wilson upper 3.8415/13.8415 = 0.2775 < 0.5.
  it('marks a group with no referrals but half the residents as under-represented', async () => {
    const report = await withFixture(
      async (fx) => {
        await population(fx);
        for (let i = 0; i < 10; i++) await fx.referral({ person: { ethnicCode: 'A' } });
      },
      (runner) => uptake(runner, 'ethnicCategory', {}, exact),
    );
    const [white, pakistani] = report.groups;
    expect(white).toMatchObject({ group: 'A', populationShare: 0.5, gapPoints: 50, representationRatio: 2, underRepresented: false });
    expect(pakistani).toMatchObject({ group: 'J', populationShare: 0.5, underRepresented: true, representationRatio: 0 });
    expect(pakistani.share.upper).toBeCloseTo(0.2775, 4);
    expect(white.ratePer1000?.rate).toBe(10);
    // Share 10/10 has Wilson lower 20/27.6829 = 0.7225: gap (0.7225 − 0.5)·100 = 22.25 to 50, ratio 1.4449 to 2.
    expect(white.gap).toMatchObject({ estimate: 50, upper: 50, reason: null });
    expect(white.gap.lower).toBeCloseTo(22.247, 3);
    expect(white.ratio).toMatchObject({ estimate: 2, upper: 2, reason: null });
    expect(white.ratio.lower).toBeCloseTo(1.44494, 4);
    // Share 0/10 has Wilson upper 0.2775: gap −50 to −22.25, ratio 0 to 0.5551.
    expect(pakistani.gap).toMatchObject({ estimate: -50, lower: -50 });
    expect(pakistani.gap.upper).toBeCloseTo(-22.247, 3);
    expect(pakistani.ratio.upper).toBeCloseTo(0.55506, 4);
    expect(report.groups.map((group) => group.group)).toEqual(['A', 'J']);
  });

  // 1,000 White British and 1,000 Pakistani adults, and 2,000 Pakistani children: 1,000/2,000 of
  // the eligible residents are Pakistani, 3,000/4,000 of all ages.
  it('takes population shares over the ages the services are for, 16 and over by default', async () => {
    const children = async (fx: FixtureBuilder) => {
      await population(fx);
      await fx.client.query(
        `insert into population (year, ward_code, ethnic_code, age_band, sex, residents) values (2021, 'FXA', 'J', '0-15', 'female', 2000)`,
      );
      await fx.referral({ person: { ethnicCode: 'J' } });
    };
    const adults = await withFixture(children, (runner) => uptake(runner, 'ethnicCategory', {}, exact));
    expect(adults.groups[1]).toMatchObject({ group: 'J', population: 1000, populationShare: 0.5 });
    expect(adults.eligibleAges).toEqual({ minAge: 16, maxAge: null, bands: ['16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-84', '85+'] });
    expect(adults.definitions.populationShare).toMatch(/aged 16 and over \(age bands 16-24 to 85\+\)/);
    const everyone = await withFixture(
      async (fx) => {
        await children(fx);
        await fx.client.query(`update service set eligible_min_age = 0`);
      },
      (runner) => uptake(runner, 'ethnicCategory', {}, exact),
    );
    expect(everyone.groups[1]).toMatchObject({ group: 'J', population: 3000, populationShare: 0.75 });
  });

  // A second service for 18 to 30 widens nothing (16+ already covers it); its own range, asked
  // for alone, covers bands 16-24 and 25-34, where nobody lives in this fixture.
  it('takes the widest range of the services in the filter, and keeps referrals outside it', async () => {
    const report = await withFixture(
      async (fx) => {
        await population(fx);
        const young = await fx.one(`insert into service (code, name, provider_id, eligible_min_age, eligible_max_age)
        select 'fx-young', 'Young adults', provider_id, 18, 30 from service returning id`);
        await fx.client.query(`update programme set service_id = $1`, [young]);
        await fx.referral({ person: { birthYear: 1960 } });
      },
      async (runner) => [await uptake(runner, 'ageBand', {}, exact), await uptake(runner, 'ageBand', { serviceIds: [2] }, exact)],
    );
    const [all, young] = report;
    expect(all.eligibleAges).toMatchObject({ minAge: 16, maxAge: null });
    expect(young.eligibleAges).toEqual({ minAge: 18, maxAge: 30, bands: ['16-24', '25-34'] });
    expect(young.total).toMatchObject({ referrals: { value: 1 }, population: 0 });
    // Aged 59, outside 18–30: still a referral, with no population to compare with.
    expect(young.groups.find((group) => group.group === '55-64')).toMatchObject({
      referrals: { value: 1 },
      share: { estimate: 1 },
      population: null,
      populationShare: null,
      reason: 'outside the ages the services are for',
    });
  });

  // 10 White British, 10 Pakistani, 5 not stated, 5 not known: each stated group is 10/20 of the
  // stated referrals; the unstated are 10/30 of all, Wilson (20 + 3.8415 ∓ 1.96·√(3.8415 + 26.667)) ÷ 67.683.
  it('compares stated with stated and publishes the unstated share as its own figure', async () => {
    const report = await withFixture(
      async (fx) => {
        await population(fx);
        for (const [code, n] of [
          ['A', 10],
          ['J', 10],
          ['Z', 5],
          ['99', 5],
        ] as const) {
          for (let i = 0; i < n; i++) await fx.referral({ person: { ethnicCode: code } });
        }
      },
      (runner) => uptake(runner, 'ethnicCategory', {}, exact),
    );
    expect(report.groups.map((group) => [group.group, group.share.estimate, group.populationShare])).toEqual([
      ['A', 0.5, 0.5],
      ['J', 0.5, 0.5],
    ]);
    expect(report.total).toMatchObject({ referrals: { value: 30 }, statedReferrals: { value: 20 } });
    expect(report.unstated).toMatchObject({ labels: ['Not stated', 'Not known'], referrals: { value: 10 }, share: { numerator: 10, denominator: 30 } });
    expect(report.unstated.share.estimate).toBeCloseTo(1 / 3, 12);
    expect(report.unstated.share.lower).toBeCloseTo(0.19229, 4);
    expect(report.unstated.share.upper).toBeCloseTo(0.51222, 4);
  });

  it('compares a single group with itself as "similar" down the funnel', async () => {
    const report = await withFixture(
      async (fx) => {
        await population(fx);
        for (let i = 0; i < 10; i++) await fx.referral({ person: { sex: 'female' } });
      },
      (runner) => uptake(runner, 'sex', {}, exact),
    );
    const female = report.groups.find((group) => group.group === 'female');
    expect(female?.share.estimate).toBe(1);
    expect(female?.funnel).toMatchObject({ startComparison: 'similar', completionComparison: 'similar' });
    expect(report.groups.find((group) => group.group === 'other')).toMatchObject({
      populationShare: null,
      gap: { estimate: null, reason: 'population counts record female and male only' },
      ratio: { estimate: null, reason: 'population counts record female and male only' },
      reason: 'population counts record female and male only',
    });
  });

  it('gives null shares with a reason, never NaN, when the period has no referrals', async () => {
    const report = await withFixture(
      async (fx) => {
        await population(fx);
        await fx.referral();
      },
      (runner) => uptake(runner, 'ethnicCategory', { period: { from: '2030-01-01', to: '2030-12-31' } }, exact),
    );
    expect(report.total.startRate).toMatchObject({ estimate: null, reason: 'no referrals' });
    const white = report.groups.find((group) => group.group === 'A');
    expect(white).toMatchObject({ share: { estimate: null, reason: 'no referrals' }, populationShare: 0.5 });
    expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
  });

  it('suppresses a group of 1–7 referrals by default and rounds the total', async () => {
    const report = await withFixture(
      async (fx) => {
        await population(fx);
        for (let i = 0; i < 11; i++) await fx.referral({ person: { ethnicCode: 'A' } });
        for (let i = 0; i < 3; i++) await fx.referral({ person: { ethnicCode: 'J' } });
      },
      (runner) => uptake(runner, 'ethnicCategory'),
    );
    const [white, pakistani] = report.groups;
    expect(report.total.referrals.value).toBe(15);
    expect(white.referrals.value).toBe(10);
    expect(pakistani).toMatchObject({ referrals: { value: null, reason: SUPPRESSED }, share: { estimate: null }, ratePer1000: null, reason: SUPPRESSED });
    // The withheld share withholds the gap and ratio that would restate it: 3 of 14 and, for White, 11 of 14 (complement 3).
    expect(pakistani.gap).toEqual({ estimate: null, lower: null, upper: null, reason: NUMERATOR_WITHHELD });
    expect(white).toMatchObject({
      gap: { estimate: null, reason: COMPLEMENT_WITHHELD },
      ratio: { estimate: null },
      gapPoints: null,
      representationRatio: null,
    });
  });
});
