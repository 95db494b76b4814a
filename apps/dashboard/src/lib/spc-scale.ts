/** Scales and axis ticks for the hand-drawn SVG charts (SPC and QI involvement). */

export type Scale = (value: number) => number;

/** A straight-line map from a domain onto a range; a zero-width domain maps to the range's middle. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): Scale {
	if (d1 === d0) return () => (r0 + r1) / 2;
	return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** The "nice" step (1, 2 or 5 × 10ⁿ) that splits a span into about `count` parts. */
export function niceStep(span: number, count: number): number {
	if (!(span > 0) || count < 1) return 1;
	const raw = span / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const fraction = raw / power;
	const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
	return nice * power;
}

/** A domain widened to whole steps, and the ticks along it. */
export function niceTicks(min: number, max: number, count: number): { domain: [number, number]; ticks: number[] } {
	if (min === max) {
		const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
		return niceTicks(min - pad, max + pad, count);
	}
	const step = niceStep(max - min, count);
	const low = Math.floor(min / step) * step;
	const high = Math.ceil(max / step) * step;
	const ticks: number[] = [];
	// Rounding to the step's decimals keeps 0.1 + 0.2 from showing as 0.30000000000000004.
	const decimals = Math.max(0, -Math.floor(Math.log10(step)));
	for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Number(tick.toFixed(decimals)));
	return { domain: [low, high], ticks };
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
