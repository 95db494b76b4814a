import { describe, expect, it } from 'vitest';
import { aggregate } from '../aggregate/aggregate.service.js';
import { referralFunnel } from '../funnel/referral-funnel.report.js';
import { serviceSpc } from '../spc/service-spc.report.js';
import { withFixture, type FixtureBuilder } from '../testing/fixture.database.js';
import { DEFAULT_DISCLOSURE, EXACT_DISCLOSURE, TOTALS_NOTE } from './disclosure.policy.js';

// 12 referrals in each of April, May and June 2019: each month is published as 10, so the
// months add up to 30, but the year's exact 36 is published as 35.
async function twelveAMonth(fixture: FixtureBuilder): Promise<void> {
  for (const month of ['04', '05', '06']) {
    for (let day = 1; day <= 12; day++) await fixture.referral({ receivedOn: `2019-${month}-${String(day).padStart(2, '0')}` });
  }
}

const YEAR = { period: { financialYear: '2019/20' } };

describe('totals under disclosure control (docs/methods.md, "Totals")', () => {
  it('rounds the year once from its exact count, not by summing rounded months, and the funnel and aggregate agree', async () => {
    const { spc, total, funnel } = await withFixture(twelveAMonth, async (runner) => ({
      spc: await serviceSpc(runner, 'referrals', YEAR, { policy: DEFAULT_DISCLOSURE }),
      total: await aggregate(runner, { measures: ['referrals'], granularity: 'month', filter: YEAR, policy: DEFAULT_DISCLOSURE }),
      funnel: await referralFunnel(runner, YEAR, DEFAULT_DISCLOSURE),
    }));
    const months = spc.points.map((point) => point.value);
    expect(months.slice(0, 3)).toEqual([10, 10, 10]);
    expect(months.reduce((sum: number, value) => sum + (value ?? 0), 0)).toBe(30);
    expect(spc.total).toEqual({ value: 35, reason: null });
    expect(total.rows.map((row) => row.measures.referrals?.value)).toEqual([10, 10, 10]);
    expect(total.total.measures.referrals).toEqual({ value: 35, reason: null });
    expect(funnel.stages[0]).toMatchObject({ stage: 'received', referrals: { value: 35, reason: null } });
    expect([total.totalsNote, funnel.totalsNote]).toEqual([TOTALS_NOTE, TOTALS_NOTE]);
  });

  it('gives the exact total, and no note, to those who see records', async () => {
    const { spc, total, funnel } = await withFixture(twelveAMonth, async (runner) => ({
      spc: await serviceSpc(runner, 'referrals', YEAR, { policy: EXACT_DISCLOSURE }),
      total: await aggregate(runner, { measures: ['referrals'], filter: YEAR, policy: EXACT_DISCLOSURE }),
      funnel: await referralFunnel(runner, YEAR, EXACT_DISCLOSURE),
    }));
    expect(spc.total).toEqual({ value: 36, reason: null });
    expect(total.total.measures.referrals).toEqual({ value: 36, reason: null });
    expect(funnel.stages[0].referrals).toEqual({ value: 36, reason: null });
    expect([total.totalsNote, funnel.totalsNote]).toEqual([null, null]);
  });

  it('has no total for a share', async () => {
    const spc = await withFixture(twelveAMonth, (runner) => serviceSpc(runner, 'bameShare', YEAR));
    expect(spc.total).toBeNull();
  });
});
