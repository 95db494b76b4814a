import { describe, expect, it } from 'vitest';
import { referralFunnelCounts } from './referral.funnel.js';

// 100 referrals: 5 waiting, 10 declined, 6 assessed and waiting, 9 did not start, 4 started and
// going, 50 completed, 16 dropped out.
const byStatus = { received: 5, declined: 10, assessed: 6, did_not_start: 9, started: 4, completed: 50, dropped_out: 16 };

describe('referralFunnelCounts', () => {
  it('counts a referral at every stage it reached: 100 received, 85 assessed, 70 started, 50 completed', () => {
    expect(referralFunnelCounts(byStatus).stages).toEqual({ received: 100, assessed: 85, started: 70, completed: 50 });
  });

  it('gives the endings, waiting referrals at any stage counted as in progress: 5 + 6 + 4 = 15', () => {
    expect(referralFunnelCounts(byStatus).endings).toEqual({ declined: 10, did_not_start: 9, dropped_out: 16, in_progress: 15 });
  });

  it('counts a status that is missing as none', () => {
    expect(referralFunnelCounts({ completed: 3 }).stages).toEqual({ received: 3, assessed: 3, started: 3, completed: 3 });
  });

  it('throws RangeError on a count that is not a whole number', () => {
    expect(() => referralFunnelCounts({ received: 2.5 })).toThrow(RangeError);
  });
});
