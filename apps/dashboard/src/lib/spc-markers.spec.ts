import { describe, expect, it } from 'vitest';
import type { OutreachEvent } from './queries/outreach.queries';
import { spcPoint } from './spc-fixtures';
import { chartMarkers, describeEvent, markerRows, markerTexts, noteLetter, outreachMarkers, spcMarkers } from './spc-markers';

describe('noteLetter', () => {
	it('counts A to Z, then AA', () => {
		expect([0, 1, 25, 26, 27, 51, 52].map(noteLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
	});
});

describe('chartMarkers', () => {
	const points = [
		spcPoint({ label: 'Sep 2019', pdsaCycles: [1], annotations: [] }),
		spcPoint({ label: 'Oct 2019' }),
		spcPoint({ label: 'Nov 2019', pdsaCycles: [2], annotations: ['Practice champions named.', 'Second note.'] })
	];

	it('numbers PDSA cycles and letters notes, in period order', () => {
		const markers = chartMarkers(points, { 1: 'Visit GP practice meetings', 2: 'Practice champions' });
		expect(markers).toEqual([
			{ index: 0, kind: 'pdsa', mark: '1', period: 'Sep 2019', text: 'PDSA cycle 1 started: Visit GP practice meetings' },
			{ index: 2, kind: 'pdsa', mark: '2', period: 'Nov 2019', text: 'PDSA cycle 2 started: Practice champions' },
			{ index: 2, kind: 'note', mark: 'A', period: 'Nov 2019', text: 'Practice champions named.' },
			{ index: 2, kind: 'note', mark: 'B', period: 'Nov 2019', text: 'Second note.' }
		]);
	});

	it('still marks a cycle whose title is not known', () => {
		expect(chartMarkers([spcPoint({ pdsaCycles: [4] })])[0].text).toBe('PDSA cycle 4 started');
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
		const markers = chartMarkers([spcPoint({ pdsaCycles: [1] }), spcPoint({ annotations: ['A note.'] })]);
		expect(markerTexts(markers, 1)).toEqual(['A note.']);
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
		expect(markers.map((marker) => [marker.index, marker.kind, marker.mark, marker.period])).toEqual([[1, 'event', '1', 'May 2019']]);
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
	it('puts PDSA cycles, notes and outreach months together, left to right', () => {
		const points = [spcPoint({ period: '2019-04-01', label: 'Apr 2019' }), spcPoint({ period: '2019-05-01', label: 'May 2019', pdsaCycles: [3] })];
		const markers = spcMarkers(points, { pdsaTitles: { 3: 'Stalls' }, events: [event('2019-04-10', 'A')] });
		expect(markers.map((marker) => [marker.index, marker.kind, marker.mark])).toEqual([
			[0, 'event', '1'],
			[1, 'pdsa', '3']
		]);
		expect(markers[1].text).toBe('PDSA cycle 3 started: Stalls');
	});
});
