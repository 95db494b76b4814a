/** Scales and axis labels for the hand-drawn QI involvement chart, and the extent of a set of values. */

export type Scale = (value: number) => number;

/** A straight-line map from a domain onto a range; a zero-width domain maps to the range's middle. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): Scale {
	if (d1 === d0) return () => (r0 + r1) / 2;
	return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** The smallest and largest of the finite numbers given; null when there are none. */
export function extent(values: readonly (number | null | undefined)[]): [number, number] | null {
	const finite = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
	if (finite.length === 0) return null;
	return [Math.min(...finite), Math.max(...finite)];
}

/**
 * Which of `count` evenly spaced categories get an axis label, so labels `minGapPx` apart fit
 * in `widthPx`. Always starts at the first; the step is whole so labels keep a rhythm.
 */
export function labelledIndexes(count: number, widthPx: number, minGapPx: number): number[] {
	if (count <= 0) return [];
	if (count === 1) return [0];
	const gap = widthPx / (count - 1);
	const step = Math.max(1, Math.ceil(minGapPx / Math.max(gap, 1e-9)));
	const indexes: number[] = [];
	for (let index = 0; index < count; index += step) indexes.push(index);
	return indexes;
}

/** Centre an axis label on its tick unless it would run off the chart's left or right edge. */
export function labelAnchor(x: number, chartWidth: number, halfLabelPx: number): 'start' | 'middle' | 'end' {
	if (x - halfLabelPx < 0) return 'start';
	if (x + halfLabelPx > chartWidth) return 'end';
	return 'middle';
}
