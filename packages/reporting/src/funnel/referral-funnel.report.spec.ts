import { describe, expect, it } from 'vitest';
import { COMPLEMENT_WITHHELD, SUPPRESSED } from '../disclosure/disclosure.policy.js';
import { withFixture, type FixtureBuilder, type FixtureReferral } from '../testing/fixture.database.js';
import { referralFunnel } from './referral-funnel.report.js';

const exact = { suppressSmallCounts: false };

async function referrals(fx: FixtureBuilder, counts: Partial<Record<NonNullable<FixtureReferral['status']>, number>>): Promise<void> {
  for (const [status, count] of Object.entries(counts)) {
    for (let i = 0; i < (count ?? 0); i++) await fx.referral({ status: status as FixtureReferral['status'] });
  }
}

describe('referralFunnel', () => {
  // 100 referrals: 5 waiting, 10 declined, 6 assessed, 9 did not start, 4 started, 50 completed, 16 dropped out.
  const town = { received: 5, declined: 10, assessed: 6, did_not_start: 9, started: 4, completed: 50, dropped_out: 16 };

  it('gives 100 → 85 → 70 → 50 with the share of the previous stage and the referrals lost between', async () => {
    const funnel = await withFixture(
      (fx) => referrals(fx, town),
      (runner) => referralFunnel(runner, {}, exact),
    );
    expect(funnel.stages.map((stage) => [stage.label, stage.referrals.value, stage.lostFromPrevious?.value ?? null])).toEqual([
      ['Received', 100, null],
      ['Assessed', 85, 15],
      ['Started', 70, 15],
      ['Completed', 50, 20],
    ]);
    expect(funnel.stages[0].ofPrevious).toBeNull();
    expect(funnel.stages.slice(1).map((stage) => stage.ofPrevious?.estimate)).toEqual([0.85, 70 / 85, 50 / 70]);
    // Wilson 85/100: lower (170 + 3.8415 − 1.96·√(3.8415 + 51)) / 207.683 = 0.7672.
    expect(funnel.stages[1].ofPrevious?.lower).toBeCloseTo(0.7672, 4);
    expect(funnel.endings.map((ending) => [ending.label, ending.referrals.value])).toEqual([
      ['Declined before assessment', 10],
      ['Did not start after assessment', 9],
      ['Dropped out after starting', 16],
      ['Still in progress', 15],
    ]);
    expect(funnel.definition).toMatch(/every stage it has reached/);
  });

  it('rounds each stage once, withholds a share whose complement is 1–7, and takes losses from the published counts', async () => {
    const funnel = await withFixture(
      (fx) => referrals(fx, { completed: 20, dropped_out: 3 }),
      (runner) => referralFunnel(runner),
    );
    expect(funnel.stages.map((stage) => stage.referrals.value)).toEqual([25, 25, 25, 20]);
    expect(funnel.stages[1].ofPrevious).toMatchObject({ estimate: 1, numerator: 25, denominator: 25 });
    expect(funnel.stages[3].ofPrevious).toMatchObject({ estimate: null, reason: COMPLEMENT_WITHHELD });
    expect(funnel.stages[3].lostFromPrevious).toEqual({ value: 5, reason: null });
    expect(funnel.endings.map((ending) => ending.referrals)).toEqual([
      { value: 0, reason: null },
      { value: 0, reason: null },
      { value: null, reason: SUPPRESSED },
      { value: 0, reason: null },
    ]);
  });

  it('gives zeros and no shares for a period without referrals', async () => {
    const funnel = await withFixture(
      (fx) => referrals(fx, { completed: 10 }),
      (runner) => referralFunnel(runner, { period: { from: '2030-01-01', to: '2030-12-31' } }, exact),
    );
    expect(funnel.stages.map((stage) => stage.referrals.value)).toEqual([0, 0, 0, 0]);
    expect(funnel.stages[1].ofPrevious).toMatchObject({ estimate: null, reason: 'none at the previous stage' });
  });
});
