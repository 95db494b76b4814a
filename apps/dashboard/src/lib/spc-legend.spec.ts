import { describe, expect, it } from 'vitest';
import { spcChart, spcPoint } from './spc-fixtures';
import { legendItems } from './spc-legend';

describe('legendItems', () => {
	it('lists only what an XmR chart draws', () => {
		const chart = spcChart([spcPoint(), spcPoint({ rebase: true, pdsaCycles: [1] })]);
		expect(legendItems(chart, false, true)).toEqual({
			centreLine: 'Mean',
			limits: true,
			twoSigma: false,
			target: true,
			causes: 'directional',
			rebase: true,
			ghosted: false,
			pdsa: true,
			notes: false
		});
	});

	it('has a median and no limits on a run chart, and "neither" colours when no direction is good', () => {
		const chart = spcChart([spcPoint({ ghosted: true, annotations: ['x'] })], { kind: 'RUN', direction: 'NEITHER' });
		const items = legendItems(chart, true, false);
		expect(items).toMatchObject({ centreLine: 'Median', limits: false, twoSigma: false, causes: 'neither', ghosted: true, notes: true });
	});
});
