import { describe, expect, it } from 'vitest';
import { spcPoint } from './spc-fixtures';
import { chartMarkers, markerRows, noteLetter } from './spc-markers';

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
