import { describe, expect, it } from 'vitest';
import { funnelComparison } from './funnel.compare.js';

const rows = [
  { group: 'White', referrals: 400, started: 300, completed: 200 },
  { group: 'Asian', referrals: 60, started: 20, completed: 10 },
];

describe('funnelComparison', () => {
  it('computes the overall start rate 320/460 and completion rate 210/320', () => {
    const { overall } = funnelComparison(rows);
    expect(overall.startRate?.estimate).toBeCloseTo(320 / 460, 12);
    expect(overall.completionRate?.estimate).toBeCloseTo(210 / 320, 12);
  });

  // White start 300/400: Wilson [0.7053, 0.7899], wholly above 0.6957.
  it('calls a start rate whose interval lies above the overall rate better', () => {
    const white = funnelComparison(rows).groups[0];
    expect(white.startRate?.lower).toBeCloseTo(0.7053, 4);
    expect(white.startComparison).toBe('better');
  });

  // Asian start 20/60: Wilson [0.2273, 0.4594], wholly below 0.6957.
  it('calls a start rate whose interval lies below the overall rate worse', () => {
    expect(funnelComparison(rows).groups[1].startComparison).toBe('worse');
  });

  // Asian completion 10/20: Wilson [0.2993, 0.7007] contains 0.65625.
  it('calls a completion rate whose interval contains the overall rate similar', () => {
    expect(funnelComparison(rows).groups[1].completionComparison).toBe('similar');
  });

  it('gives null rates and comparisons for a group with no referrals', () => {
    const group = funnelComparison([...rows, { group: 'Other', referrals: 0, started: 0, completed: 0 }]).groups[2];
    expect(group).toMatchObject({ startRate: null, completionRate: null, startComparison: null });
  });

  it('throws RangeError when more complete than started', () => {
    expect(() => funnelComparison([{ group: 'X', referrals: 5, started: 2, completed: 3 }])).toThrow(RangeError);
  });
});
