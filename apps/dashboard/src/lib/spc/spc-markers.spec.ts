import { describe, expect, it } from 'vitest';
import type { OutreachEvent } from '$lib/queries/outreach.queries';
import { spcChart, spcMarker, spcPoint } from './spc-fixtures';
import { describeEvent, fromApiMarker, markerRows, markerTexts, outreachMarkers, spcMarkers } from './spc-markers';

describe('fromApiMarker', () => {
	it('puts a PDSA cycle under the point its start day falls in, with its own date', () => {
		const marker = spcMarker({ mark: '3', date: '2023-06-05', dateLabel: '5 Jun 2023', pointIndex: 2, text: 'PDSA cycle 3 started: Text reminders' });
		expect(fromApiMarker(marker)).toEqual({ index: 2, kind: 'pdsa', mark: '3', dateLabel: '5 Jun 2023', text: 'PDSA cycle 3 started: Text reminders' });
	});

	it('letters a note and puts one dated before the first point at the left edge', () => {
		const marker = spcMarker({ kind: 'NOTE', mark: 'A', dateLabel: '30 Mar 2019', pointIndex: null, text: 'Clinic moved.' });
		expect(fromApiMarker(marker)).toMatchObject({ index: -0.5, kind: 'note', mark: 'A' });
	});
});

describe('markerRows', () => {
	it('keeps markers on the first row while they are far enough apart', () => {
		expect(markerRows([0, 30, 60], 20)).toEqual([0, 0, 0]);
	});

	it('moves a marker down a row when it would touch the one before', () => {
		// 10 is too near 0: row 1; 25 is 25 from 0 on row 0: back to row 0; 30 is 5 from 25 and 20 from 10: row 1
		expect(markerRows([0, 10, 25, 30], 20)).toEqual([0, 1, 0, 1]);
	});

	it('stacks markers on the same period', () => {
		expect(markerRows([50, 50, 50], 20)).toEqual([0, 1, 2]);
	});
});

describe('markerTexts', () => {
	it('gives the texts of the markers under one point only', () => {
		const markers = [
			fromApiMarker(spcMarker({ pointIndex: 0 })),
			fromApiMarker(spcMarker({ kind: 'NOTE', mark: 'A', dateLabel: '12 Feb 2024', pointIndex: 1, text: 'A note.' }))
		];
		expect(markerTexts(markers, 1)).toEqual(['12 Feb 2024: A note.']);
		expect(markerTexts(markers, 2)).toEqual([]);
	});
});

const event = (heldOn: string, title: string): OutreachEvent => ({
	id: title,
	title,
	heldOn,
	kind: 'FESTIVAL',
	community: 'Pakistani community',
	attendance: 120,
	referralCount: 4,
	ward: { code: 'E1', name: 'Biscot' }
});

describe('describeEvent', () => {
	it('says where, how many came and the referrals it brought', () => {
		expect(describeEvent(event('2019-05-02', 'Eid stall'))).toBe('Eid stall (Pakistani community, Biscot): 120 attended, 4 referrals');
	});

	it('leaves out an empty place', () => {
		expect(describeEvent({ ...event('2019-05-02', 'Talk'), community: '', ward: null })).toBe('Talk: 120 attended, 4 referrals');
	});
});

describe('outreachMarkers', () => {
	const points = [spcPoint({ period: '2019-04-01', label: 'Apr 2019' }), spcPoint({ period: '2019-05-01', label: 'May 2019' })];

	it('marks only charted months with events', () => {
		const markers = outreachMarkers(points, [event('2019-05-02', 'A'), event('2020-01-02', 'Z')]);
		expect(markers.map((marker) => [marker.index, marker.kind, marker.mark, marker.dateLabel])).toEqual([[1, 'event', '1', 'May 2019']]);
	});

	it('counts the month’s events and lists them in date order', () => {
		const markers = outreachMarkers(points, [event('2019-05-20', 'B'), event('2019-05-02', 'A')]);
		expect(markers[0].mark).toBe('2');
		expect(markers[0].text).toBe(
			'2 outreach events: A (Pakistani community, Biscot): 120 attended, 4 referrals; B (Pakistani community, Biscot): 120 attended, 4 referrals'
		);
	});
});

describe('spcMarkers', () => {
	it('puts the API’s PDSA cycles and notes and the outreach months together, left to right', () => {
		const points = [spcPoint({ period: '2019-04-01', label: 'Apr 2019' }), spcPoint({ period: '2019-05-01', label: 'May 2019' })];
		const chart = spcChart(points, {
			markers: [
				spcMarker({ mark: '3', date: '2019-05-14', dateLabel: '14 May 2019', pointIndex: 1, text: 'PDSA cycle 3 started: Stalls' }),
				spcMarker({ kind: 'NOTE', mark: 'A', date: '2019-03-30', dateLabel: '30 Mar 2019', pointIndex: null, text: 'Before the chart.' })
			]
		});
		const markers = spcMarkers(chart, [event('2019-04-10', 'A')]);
		expect(markers.map((marker) => [marker.index, marker.kind, marker.mark, marker.dateLabel])).toEqual([
			[-0.5, 'note', 'A', '30 Mar 2019'],
			[0, 'event', '1', 'Apr 2019'],
			[1, 'pdsa', '3', '14 May 2019']
		]);
	});
});
