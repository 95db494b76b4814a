/**
 * PDSA cycles and annotations as markers along a chart's x axis: numbered squares for PDSA
 * cycles, lettered circles for notes. Markers too close to fit side by side go on rows below.
 */
import type { SpcPoint } from './queries/analytics.fragments';

export interface ChartMarker {
	/** The point (period) the marker sits under. */
	index: number;
	kind: 'pdsa' | 'note';
	/** What is written on the marker: the cycle number, or a note letter. */
	mark: string;
	/** The period's label, e.g. "Oct 2020". */
	period: string;
	text: string;
}

/** A, B, …, Z, AA, AB, … for the n-th note (from 0). */
export function noteLetter(n: number): string {
	let letters = '';
	for (let rest = n; rest >= 0; rest = Math.floor(rest / 26) - 1) {
		letters = String.fromCharCode(65 + (rest % 26)) + letters;
	}
	return letters;
}

/** `pdsaTitles` names each cycle by its sequence number, e.g. {1: 'Visit GP practice meetings'}. */
export function chartMarkers(
	points: readonly Pick<SpcPoint, 'label' | 'annotations' | 'pdsaCycles'>[],
	pdsaTitles: Readonly<Record<number, string>> = {}
): ChartMarker[] {
	const markers: ChartMarker[] = [];
	let notes = 0;
	points.forEach((point, index) => {
		for (const sequence of point.pdsaCycles) {
			const title = pdsaTitles[sequence];
			const text = title ? `PDSA cycle ${sequence} started: ${title}` : `PDSA cycle ${sequence} started`;
			markers.push({ index, kind: 'pdsa', mark: String(sequence), period: point.label, text });
		}
		for (const text of point.annotations) {
			markers.push({ index, kind: 'note', mark: noteLetter(notes++), period: point.label, text });
		}
	});
	return markers;
}

/**
 * The row (0 = nearest the axis) for each marker at x positions `xs` (in marker order, which
 * is left to right): each goes on the first row where it keeps `minGapPx` from the marker
 * before it on that row.
 */
export function markerRows(xs: readonly number[], minGapPx: number): number[] {
	const lastXOnRow: number[] = [];
	return xs.map((x) => {
		let row = lastXOnRow.findIndex((last) => x - last >= minGapPx);
		if (row === -1) row = lastXOnRow.length;
		lastXOnRow[row] = x;
		return row;
	});
}
