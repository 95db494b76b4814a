import { describe, expect, it } from 'vitest';
import { swemwbsMetric } from './swemwbs.table.js';

// Rows of the published Rasch conversion table (Warwick Medical School).
describe('swemwbsMetric', () => {
  it.each([
    [7, 7.0],
    [8, 9.51],
    [14, 15.32],
    [21, 19.25],
    [28, 25.03],
    [34, 32.55],
    [35, 35.0],
  ])('converts raw %i to metric %d', (raw, metric) => {
    expect(swemwbsMetric(raw)).toBe(metric);
  });

  it('rejects a raw total below 7', () => {
    expect(() => swemwbsMetric(6)).toThrow(RangeError);
  });

  it('rejects a raw total above 35', () => {
    expect(() => swemwbsMetric(36)).toThrow(RangeError);
  });

  it('rejects a fractional raw total', () => {
    expect(() => swemwbsMetric(20.5)).toThrow(RangeError);
  });
});
