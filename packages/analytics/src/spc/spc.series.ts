// Splits a series into rebase periods and marks which points take part in
// the calculations: nulls are gaps, ghosted points are shown but ignored.
import type { SpcOptions } from './spc.types.js';

export interface SeriesLayout {
  values: readonly (number | null)[];
  /** True for a non-null, non-ghosted point. */
  usable: boolean[];
  /** Period number of each point. */
  segmentOf: number[];
  /** Usable point indexes of each period, in order. */
  segments: number[][];
}

export function layoutSeries(values: readonly (number | null)[], options: Pick<SpcOptions, 'rebaseAt' | 'ghosted'>): SeriesLayout {
  values.forEach((value, index) => {
    if (value !== null && !Number.isFinite(value)) {
      throw new RangeError(`values[${index}] must be a finite number or null, got ${value}`);
    }
  });
  const ghosted = new Set(checkedIndexes(options.ghosted ?? [], values.length, 'ghosted'));
  const rebaseAt = new Set(checkedIndexes(options.rebaseAt ?? [], values.length, 'rebaseAt'));
  const usable = values.map((value, index) => value !== null && !ghosted.has(index));
  const segmentOf: number[] = [];
  const segments: number[][] = [[]];
  values.forEach((_, index) => {
    if (index > 0 && rebaseAt.has(index)) segments.push([]);
    segmentOf.push(segments.length - 1);
    if (usable[index]) segments[segments.length - 1].push(index);
  });
  return { values, usable, segmentOf, segments };
}

/** Usable indexes across the whole series, ignoring periods. */
export function allUsableIndexes(layout: SeriesLayout): number[] {
  return layout.segments.flat();
}

function checkedIndexes(indexes: readonly number[], length: number, name: string): number[] {
  for (const index of indexes) {
    if (!Number.isInteger(index) || index < 0 || index >= length) {
      throw new RangeError(`${name} index ${index} is outside the series (0–${length - 1})`);
    }
  }
  return [...indexes];
}
