// T chart for rare events such as falls (docs/methods.md, "SPC (Making Data Count)"): days between events are
// transformed y = d^(1/3.6) to near-normal, charted as XmR, and the lines are
// transformed back with ^3.6 so they read in days.
import { xmrChart } from './xmr.chart.js';
import type { SpcChart, SpcOptions, SpcPoint } from './spc.types.js';

const EXPONENT = 3.6;

/** Same options and output as xmrChart; `target` is in days. Values stay in days. */
export function tChart(daysBetween: readonly (number | null)[], options: SpcOptions = {}): SpcChart {
  daysBetween.forEach((days, index) => {
    if (days !== null && !(Number.isFinite(days) && days >= 0)) {
      throw new RangeError(`daysBetween[${index}] must be a non-negative number or null, got ${days}`);
    }
  });
  const transformed = daysBetween.map((days) => (days === null ? null : days ** (1 / EXPONENT)));
  const target = options.target === undefined ? undefined : Math.max(0, options.target) ** (1 / EXPONENT);
  const chart = xmrChart(transformed, { ...options, target });
  return {
    ...chart,
    points: chart.points.map((point, index): SpcPoint => ({
      ...point,
      value: daysBetween[index],
      mean: backTransform(point.mean),
      upperLimit: backTransform(point.upperLimit),
      lowerLimit: backTransform(point.lowerLimit),
      upperTwoSigma: backTransform(point.upperTwoSigma),
      lowerTwoSigma: backTransform(point.lowerTwoSigma),
    })),
  };
}

// A negative line on the y scale means "no lower bound": fewer than 0 days is
// impossible, and a negative number to a fractional power is NaN.
function backTransform(line: number | null): number | null {
  return line === null ? null : Math.max(0, line) ** EXPONENT;
}
