import { describe, expect, it } from 'vitest';
import { PART_WITHHELD } from '../disclosure/disclosure.policy.js';
import { withFixture, type FixtureBuilder } from '../testing/fixture.database.js';
import { uptake } from './uptake.service.js';
import { TOO_FEW_FOR_DSR } from './uptake.standardised.js';

const exact = { policy: { suppressSmallCounts: false } };
const FY_2019 = { period: { financialYear: '2019/20' } };

/**
 * Ward FXA: 2,000 residents aged 55–64 and 500 aged 75–84, and 3,000 children (0–15) the
 * service is not for. Referrals received in May 2019 of people born in 1960 are 59 (55–64),
 * of people born in 1940 are 79 (75–84).
 */
async function town(fx: FixtureBuilder, older = 10): Promise<void> {
  await fx.client.query(`insert into population (year, ward_code, ethnic_code, age_band, sex, residents) values
    (2019, 'FXA', 'A', '55-64', 'female', 2000), (2019, 'FXA', 'A', '75-84', 'female', 500), (2019, 'FXA', 'A', '0-15', 'female', 3000)`);
  for (let i = 0; i < 20; i++) await fx.referral({ person: { birthYear: 1960 }, status: i < 5 ? 'declined' : 'completed' });
  for (let i = 0; i < older; i++) await fx.referral({ person: { birthYear: 1940 } });
}

const ward = (report: Awaited<ReturnType<typeof uptake>>) => report.groups.find((group) => group.group === 'FXA');

describe('ward rates per year on hand-made fixtures', () => {
  // Crude: 30 ÷ 2,500 eligible residents × 1,000 = 12 a year; Byar for 30 is 20.2369 to 42.8284, ÷ 2.5.
  it("gives the crude yearly rate over eligible residents with Byar's interval", async () => {
    const report = await withFixture(town, (runner) => uptake(runner, 'ward', FY_2019, exact));
    expect(report.rateYears).toBe(1);
    expect(ward(report)).toMatchObject({ population: 2500, ratePer1000: { rate: 12 } });
    expect(ward(report)?.ratePer1000?.lower).toBeCloseTo(8.09478, 4);
    expect(ward(report)?.ratePer1000?.upper).toBeCloseTo(17.13135, 4);
  });

  // ESP 2013: 55–64 weighs 6,500 + 6,000 = 12,500 and 75–84 4,000 + 2,500 = 6,500. DSR =
  // (12,500 × 20/2,000 + 6,500 × 10/500) ÷ 19,000 × 1,000 = 255/19 = 13.4211. var = (12,500² × 20/2,000²
  // + 6,500² × 10/500²) ÷ 19,000² = 2,471.25/361,000,000; Dobson: 13.4211 + √(var/30) × (Byar − 30) × 1,000.
  it("gives the age-standardised yearly rate with Dobson's interval", async () => {
    const report = await withFixture(town, (runner) => uptake(runner, 'ward', FY_2019, exact));
    const dsr = ward(report)?.standardisedRate;
    expect(dsr?.estimate).toBeCloseTo(13.42105, 4);
    expect(dsr?.lower).toBeCloseTo(8.75736, 4);
    expect(dsr?.upper).toBeCloseTo(19.54901, 4);
    expect(report.definitions.standardisedRate).toMatch(/European Standard Population 2013/);
  });

  // From 1 April 2018 to 31 March 2020 is 2 years: 30 ÷ (2,500 × 2) × 1,000 = 6 a year, the DSR halved.
  it('gives the average yearly rate when the period spans several years, and says so', async () => {
    const report = await withFixture(town, (runner) => uptake(runner, 'ward', { period: { from: '2018-04-01', to: '2020-03-31' } }, exact));
    expect(report.rateYears).toBe(2);
    expect(ward(report)?.ratePer1000?.rate).toBeCloseTo(6, 12);
    expect(ward(report)?.standardisedRate.estimate).toBeCloseTo(6.71053, 4);
    expect(report.definitions.rate).toMatch(/average annual rate: referrals ÷ \(residents × 2\)/);
  });

  it('takes the financial years holding referrals when the filter has no period', async () => {
    const report = await withFixture(town, (runner) => uptake(runner, 'ward', {}, exact));
    expect([report.rateYears, ward(report)?.ratePer1000?.rate]).toEqual([1, 12]);
  });

  // 15 of 20 aged 55–64 started, and all 10 aged 75–84: 25 of 30 started, 25 of 25 completed.
  it("gives each ward's start and completion rates beside its rates", async () => {
    const report = await withFixture(town, (runner) => uptake(runner, 'ward', FY_2019, exact));
    expect(ward(report)?.funnel.startRate).toMatchObject({ numerator: 25, denominator: 30 });
    expect(ward(report)?.funnel.completionRate).toMatchObject({ numerator: 25, denominator: 25, estimate: 1 });
  });

  it('withholds the standardised rate when an age band holds 1 to 7 referrals, or under 10 in all', async () => {
    const controlled = await withFixture(
      (fx) => town(fx, 5),
      (runner) => uptake(runner, 'ward', FY_2019),
    );
    expect(ward(controlled)?.standardisedRate).toEqual({ estimate: null, lower: null, upper: null, reason: PART_WITHHELD });
    // 25 rounds to 25: the crude rate is computed from the published count.
    expect(ward(controlled)?.ratePer1000?.rate).toBe(10);
    const few = await withFixture(
      async (fx) => {
        await town(fx, 0);
        await fx.client.query(`delete from referral where id > 9`);
      },
      (runner) => uptake(runner, 'ward', FY_2019, exact),
    );
    expect(ward(few)?.standardisedRate.reason).toBe(TOO_FEW_FOR_DSR);
  });
});
