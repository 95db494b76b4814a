// Centre lines and process limits for one period of a chart (docs/methods.md, "SPC (Making Data Count)").
import { median } from '../common/summary.stats.js';
import type { SeriesLayout } from './spc.series.js';
import type { SegmentLines } from './spc.types.js';

const LIMIT_FACTOR = 2.66;
const MOVING_RANGE_OUTLIER_FACTOR = 3.267;

const NO_LINES: SegmentLines = {
  centre: null,
  upperLimit: null,
  lowerLimit: null,
  upperTwoSigma: null,
  lowerTwoSigma: null,
};

/**
 * Moving ranges |xᵢ − xᵢ₋₁| between consecutive usable points of a period.
 * A ghosted point or a period with no value is bridged: one range runs from
 * the point before it to the point after, as in the MDC SQL tool, which
 * leaves ghosted rows out before taking ranges and has no row at all for a
 * missing period (docs/methods.md, "SPC (Making Data Count)").
 */
export function movingRanges(layout: SeriesLayout, segment: readonly number[]): number[] {
  const ranges: number[] = [];
  for (let k = 1; k < segment.length; k++) {
    ranges.push(Math.abs((layout.values[segment[k]] as number) - (layout.values[segment[k - 1]] as number)));
  }
  return ranges;
}

/** Mean moving range, optionally re-averaged without ranges ≥ 3.267 × the first mean. */
export function meanMovingRange(ranges: readonly number[], screenOutliers: boolean): number | null {
  if (ranges.length === 0) return null;
  const first = average(ranges);
  // A zero mean would screen out every range; with nothing to screen, keep it.
  if (!screenOutliers || first === 0) return first;
  return average(ranges.filter((range) => range < MOVING_RANGE_OUTLIER_FACTOR * first));
}

/** Mean ± 2.66 × mean(MR) and the 2σ lines at two thirds of that distance. */
export function xmrLines(layout: SeriesLayout, segment: readonly number[], screenOutliers: boolean): SegmentLines {
  if (segment.length === 0) return NO_LINES;
  const centre = average(segment.map((index) => layout.values[index] as number));
  const mr = meanMovingRange(movingRanges(layout, segment), screenOutliers);
  if (mr === null) return { ...NO_LINES, centre };
  const limit = LIMIT_FACTOR * mr;
  return {
    centre,
    upperLimit: centre + limit,
    lowerLimit: centre - limit,
    upperTwoSigma: centre + (2 / 3) * limit,
    lowerTwoSigma: centre - (2 / 3) * limit,
  };
}

/** A run chart has a median centre line and no limits. */
export function runLines(layout: SeriesLayout, segment: readonly number[]): SegmentLines {
  return { ...NO_LINES, centre: median(segment.map((index) => layout.values[index] as number)) };
}

function average(values: readonly number[]): number {
  // When every value is the same, return it exactly: summing would leave
  // floating-point dust and put identical points "above" their own mean.
  if (values.every((value) => value === values[0])) return values[0];
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}
