// Where a sustained shift began, offered to the reader as a place to rebase
// (docs/methods.md, "SPC (Making Data Count)"): suggested, never applied.
import { sideOf } from './spc.rules.js';
import type { SeriesLayout } from './spc.series.js';
import type { RebaseSuggestion, SegmentLines } from './spc.types.js';

/**
 * The first point of the run of `shiftLength` or more usable points on one side of the latest
 * period's centre line that lasts to the last usable point: the process has moved and stayed
 * moved, so limits spanning both levels describe neither. No suggestion when the run already
 * starts the period (the limits begin there) or the last point is on the line.
 */
export function suggestRebase(layout: SeriesLayout, lines: readonly SegmentLines[], shiftLength: number): RebaseSuggestion | null {
  let period = layout.segments.length - 1;
  while (period > 0 && layout.segments[period].length === 0) period--;
  const centre = lines[period].centre;
  if (centre === null) return null;
  const segment = layout.segments[period];
  const sides = segment.map((index) => sideOf(layout.values[index] as number, centre));
  const side = sides[sides.length - 1];
  if (side === 0) return null;
  let start = sides.length - 1;
  while (start > 0 && sides[start - 1] === side) start--;
  const length = sides.length - start;
  if (length < shiftLength || start === 0) return null;
  return { index: segment[start], side: side > 0 ? 'high' : 'low', length };
}
