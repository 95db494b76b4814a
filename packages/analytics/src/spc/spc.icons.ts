// Turns signals into the MDC point colours and the variation and assurance
// icons (docs/methods.md, "SPC (Making Data Count)"), following the MDC SQL tool's combination step.
import type { Assurance, SegmentLines, Signal, SpcDirection, SpecialCause, Variation } from './spc.types.js';

type ConflictRule = 'improvement' | 'concern';

/**
 * Improvement or concern from the side each rule points to: above the mean or
 * rising is high, which is good when the direction is 'increase'. A point that
 * triggers both (say a rising trend below the mean) takes the conflict rule.
 */
export function specialCauseOf(signals: readonly Signal[], direction: SpcDirection, conflictRule: ConflictRule): SpecialCause | null {
  if (signals.length === 0) return null;
  if (direction === 'neither') return 'neither';
  const goodSide = direction === 'increase' ? 'high' : 'low';
  if (signalsConflict(signals, direction)) return conflictRule;
  return signals.some((signal) => signal.side === goodSide) ? 'improvement' : 'concern';
}

/**
 * True when a point's signals point both ways for a measure with a good direction: for
 * example a value below the lower limit inside a rising trend. `specialCauseOf` then follows
 * the conflict rule, as MDC does; this says the reading was a choice, so a reader can be told.
 */
export function signalsConflict(signals: readonly Signal[], direction: SpcDirection): boolean {
  if (direction === 'neither') return false;
  const goodSide = direction === 'increase' ? 'high' : 'low';
  return signals.some((signal) => signal.side === goodSide) && signals.some((signal) => signal.side !== goodSide);
}

/**
 * From the last usable point. High or low follows the meaning of the signal:
 * an improvement is high for 'increase' and low for 'decrease', a concern the
 * reverse, and a 'neither' signal prefers high when both sides fire, as the
 * MDC tool does. For shifts, single points and two-in-three this is exactly
 * whether the point lies above or below the mean.
 */
export function variationOf(signals: readonly Signal[], direction: SpcDirection, conflictRule: ConflictRule): Variation {
  const cause = specialCauseOf(signals, direction, conflictRule);
  if (cause === null) return 'commonCause';
  if (cause === 'neither') {
    return signals.some((signal) => signal.side === 'high') ? 'neitherHigh' : 'neitherLow';
  }
  const high = (cause === 'improvement') === (direction === 'increase');
  if (cause === 'improvement') return high ? 'improvementHigh' : 'improvementLow';
  return high ? 'concernHigh' : 'concernLow';
}

/**
 * Where the target sits against the process limits of the latest period.
 * For 'increase': target ≤ lower limit passes consistently, target ≥ upper
 * limit fails consistently, anything between is hit or miss; mirrored for
 * 'decrease'. Null without a target, a direction or limits.
 */
export function assuranceOf(lines: SegmentLines | null, target: number | undefined, direction: SpcDirection): Assurance | null {
  if (target === undefined || direction === 'neither' || lines === null) return null;
  const { upperLimit, lowerLimit } = lines;
  if (upperLimit === null || lowerLimit === null) return null;
  if (direction === 'increase') {
    if (target <= lowerLimit) return 'pass';
    return target >= upperLimit ? 'fail' : 'hitOrMiss';
  }
  if (target >= upperLimit) return 'pass';
  return target <= lowerLimit ? 'fail' : 'hitOrMiss';
}
