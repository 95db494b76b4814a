/**
 * PDSA cycles and notes (as the API marks them, each at its own date) and outreach events as
 * markers along a chart's x axis: numbered squares for PDSA cycles, lettered circles for notes,
 * triangles for months with outreach events. Markers too close to fit side by side go on rows below.
 */
import type { OutreachEvent } from '$lib/queries/outreach.queries';
import { monthOfDate } from '$lib/ui/month';
import type { SpcChart, SpcMarker, SpcPoint } from '$lib/queries/analytics.fragments';

export interface ChartMarker {
	/** The point (period) the marker sits under; -0.5, the plot's left edge, for a date before the first point. */
	index: number;
	kind: 'pdsa' | 'note' | 'event';
	/** What is written on the marker: the cycle number, a note letter, or how many events. */
	mark: string;
	/** When, as shown: the marker's own day ("5 Jun 2023"), or the month of outreach events ("Oct 2020"). */
	dateLabel: string;
	text: string;
}

/** A PDSA cycle or note marker from the API, under the point whose period holds its date. */
export function fromApiMarker(marker: SpcMarker): ChartMarker {
	return {
		index: marker.pointIndex ?? -0.5,
		kind: marker.kind === 'PDSA_CYCLE' ? 'pdsa' : 'note',
		mark: marker.mark,
		dateLabel: marker.dateLabel,
		text: marker.text
	};
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

/** What the markers under one point say, each with its date, for the point's tooltip and table row. */
export function markerTexts(markers: readonly ChartMarker[], index: number): string[] {
	return markers.filter((marker) => marker.index === index).map((marker) => `${marker.dateLabel}: ${marker.text}`);
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
		return [{ index, kind: 'event' as const, mark: String(held.length), dateLabel: point.label, text }];
	});
}

/**
 * Every marker of a chart, left to right: the PDSA cycles and notes the API marks on it and, on a
 * chart of referrals, the months with outreach events.
 */
export function spcMarkers(chart: Pick<SpcChart, 'points' | 'markers'>, events: readonly OutreachEvent[] = []): ChartMarker[] {
	const markers = [...chart.markers.map(fromApiMarker), ...outreachMarkers(chart.points, events)];
	return markers.sort((a, b) => a.index - b.index);
}
