import { describe, expect, it } from 'vitest';
import * as analytics from './index.js';

// The public names other workspaces rely on; a rename here breaks them.
describe('@hub/analytics public API', () => {
  it.each([
    'wilsonInterval',
    'byarInterval',
    'rateInterval',
    'pairedMeanChange',
    'swemwbsMetric',
    'instruments',
    'improved',
    'meaningfullyImproved',
    'activityBand',
    'moderateEquivalentMinutes',
    'recovered',
    'reliablyImproved',
    'isCase',
    'ons4Band',
    'percentImproved',
    'relativeChangeOfTotals',
    'percentAchieving',
    'suppressCount',
    'suppressMean',
    'applyDisclosure',
    'xmrChart',
    'tChart',
    'uptakeGap',
    'uptakeGaps',
    'compareToBenchmark',
    'funnelComparison',
    'kpiStatus',
    'median',
    'mean',
    'quantile',
    'financialYear',
    'financialQuarter',
    'ageBand',
    'isValidNhsNumber',
    'tQuantile',
    'normalQuantile',
    'chiSquareQuantile',
    'directlyStandardisedRate',
    'standardPopulation',
  ])('exports %s', (name) => {
    expect(name in analytics).toBe(true);
  });
});
