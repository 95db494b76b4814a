/**
 * PDSA cycles, annotations and outreach events as markers along a chart's x axis: numbered
 * squares for PDSA cycles, lettered circles for notes, triangles for months with outreach
 * events. Markers too close to fit side by side go on rows below.
 */
import type { OutreachEvent } from './queries/outreach.queries';
import { monthOfDate } from './month';
import type { SpcPoint } from './queries/analytics.fragments';

export interface ChartMarker {
	/** The point (period) the marker sits under. */
	index: number;
	kind: 'pdsa' | 'note' | 'event';
	/** What is written on the marker: the cycle number, a note letter, or how many events. */
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

/** The texts of the markers under one point, for its tooltip and its table row. */
export function markerTexts(markers: readonly ChartMarker[], index: number): string[] {
	return markers.filter((marker) => marker.index === index).map((marker) => marker.text);
}

export function describeEvent(event: OutreachEvent): string {
	const where = [event.community, event.ward?.name].filter(Boolean).join(', ');
	return `${event.title}${where ? ` (${where})` : ''}: ${event.attendance} attended, ${event.referralCount} referrals`;
}

/** One marker under each charted month that had outreach events, listing them in date order. */
export function outreachMarkers(points: readonly Pick<SpcPoint, 'period' | 'label'>[], events: readonly OutreachEvent[]): ChartMarker[] {
	const sorted = [...events].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
	return points.flatMap((point, index) => {
		const held = sorted.filter((event) => monthOfDate(event.heldOn) === monthOfDate(point.period));
		if (held.length === 0) return [];
		const heading = `${held.length} outreach ${held.length === 1 ? 'event' : 'events'}`;
		const text = `${heading}: ${held.map(describeEvent).join('; ')}`;
		return [{ index, kind: 'event' as const, mark: String(held.length), period: point.label, text }];
	});
}

/**
 * Every marker of a chart, left to right: its PDSA cycles and notes (titled from `pdsaTitles`
 * where known) and, on a chart of referrals, the months with outreach events.
 */
export function spcMarkers(
	points: readonly Pick<SpcPoint, 'period' | 'label' | 'annotations' | 'pdsaCycles'>[],
	extra: { pdsaTitles?: Readonly<Record<number, string>>; events?: readonly OutreachEvent[] } = {}
): ChartMarker[] {
	const markers = [...chartMarkers(points, extra.pdsaTitles), ...outreachMarkers(points, extra.events ?? [])];
	return markers.sort((a, b) => a.index - b.index);
}
