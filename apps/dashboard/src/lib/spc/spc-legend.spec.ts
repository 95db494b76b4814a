import { describe, expect, it } from 'vitest';
import { spcChart, spcMarker, spcPoint } from './spc-fixtures';
import { legendItems } from './spc-legend';
import { spcMarkers } from './spc-markers';

describe('legendItems', () => {
	it('lists only what an XmR chart draws', () => {
		const chart = spcChart([spcPoint(), spcPoint({ rebase: true })], { markers: [spcMarker({ pointIndex: 1 })] });
		expect(legendItems(chart, { showTwoSigma: false, hasTarget: true, markers: spcMarkers(chart) })).toEqual({
			centreLine: 'Mean',
			limits: true,
			twoSigma: false,
			target: true,
			ci: false,
			causes: 'directional',
			rebase: true,
			ghosted: false,
			pdsa: true,
			notes: false,
			events: false
		});
	});

	it('has a median and no limits on a run chart, and "neither" colours when no direction is good', () => {
		const chart = spcChart([spcPoint({ ghosted: true })], { kind: 'RUN', direction: 'NEITHER', markers: [spcMarker({ kind: 'NOTE', mark: 'A', text: 'x' })] });
		const items = legendItems(chart, { showTwoSigma: true, hasTarget: false, markers: spcMarkers(chart) });
		expect(items).toMatchObject({ centreLine: 'Median', limits: false, twoSigma: false, causes: 'neither', ghosted: true, notes: true });
	});

	it('shows the CI and outreach events where the chart has them', () => {
		const chart = spcChart([spcPoint({ lower: 0.1, upper: 0.3 })]);
		const markers = [{ index: 0, kind: 'event' as const, mark: '1', dateLabel: 'Jan 2024', text: '1 outreach event: Talk' }];
		expect(legendItems(chart, { showTwoSigma: false, hasTarget: false, markers })).toMatchObject({ ci: true, events: true, pdsa: false });
	});
});
