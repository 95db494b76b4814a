/**
 * Where DistributionChart draws one score range: a band per range across the plot, the before
 * and after bars side by side in it, and a focus ring inside it. Every width is zero or more
 * for any plot width, however narrow: a plot can be a few pixels wide (a phone with a wide label
 * column, or a moment of layout while the browser resizes the page), and LayerChart reports a
 * negative plot width once its container is narrower than the chart's padding.
 */

/** The share of a band left empty before the first bar. */
const LEAD = 0.1;
/** Each bar's share of the band, so the pair fills 0.1–0.86 of it. */
const BAR = 0.38;
/** The most a bar can take while the pair still fits in the band: 0.1 + 2 × 0.45 = 1. */
const BAR_MAX = 0.45;
/** The smallest bar drawn when the band has room for it, so a narrow chart keeps visible bars. */
const BAR_MIN_PX = 1;
/** How far the focus ring sits inside the band, so its 2 px stroke stays inside the band. */
const RING_INSET_PX = 1;

export interface BinGeometry {
	/** The band's left edge and width: the hover highlight. */
	x: number;
	width: number;
	/** The band's middle: the range's label and the tooltip. */
	centre: number;
	/** The before and after bars' left edges, and the width both share. */
	beforeX: number;
	afterX: number;
	barWidth: number;
	/** The keyboard focus ring, inset from the band. */
	ringX: number;
	ringWidth: number;
}

/** Bin `index` of `count` across a plot `plotWidth` px wide. */
export function binGeometry(plotWidth: number, count: number, index: number): BinGeometry {
	const width = Math.max(plotWidth, 0) / Math.max(count, 1);
	const x = index * width;
	const barWidth = Math.min(Math.max(width * BAR, BAR_MIN_PX), width * BAR_MAX);
	const inset = Math.min(RING_INSET_PX, width / 2);
	const beforeX = x + width * LEAD;
	return {
		x,
		width,
		centre: x + width / 2,
		beforeX,
		afterX: beforeX + barWidth,
		barWidth,
		ringX: x + inset,
		ringWidth: width - 2 * inset
	};
}
