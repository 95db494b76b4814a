import { describe, expect, it } from 'vitest';
import { centreLineName, limitSegments, pointDescription, rebaseIndexes, spcExtent, spcPoints, targetSteps, targetsPerPoint, tickIndexes } from './spc-chart';
import { spcChart, spcMarker, spcPoint } from './spc-fixtures';
import { fromApiMarker } from './spc-markers';

const chart = spcChart([
	spcPoint({ label: 'Apr 2019', value: 40 }),
	spcPoint({ label: 'May 2019', value: 90, specialCause: 'IMPROVEMENT', rules: ['SINGLE_POINT'] }),
	spcPoint({ label: 'Jun 2019', value: null })
]);

describe('spcPoints', () => {
	it('colours a common-cause point grey and a special-cause improvement blue', () => {
		expect(spcPoints(chart, String).map((point) => point.colour)).toEqual(['#a6a6a6', '#00b0f0', '#a6a6a6']);
	});

	it('names each point by the label the API sends', () => {
		expect(spcPoints(chart, String).map((point) => point.label)).toEqual(['Apr 2019', 'May 2019', 'Jun 2019']);
	});

	it('repeats the chart target, or takes per-period targets', () => {
		expect(spcPoints(spcChart(chart.points, { target: 50 }), String).map((point) => point.target)).toEqual([50, 50, 50]);
		expect(spcPoints(chart, String, { targets: [1, 2, null] }).map((point) => point.target)).toEqual([1, 2, null]);
	});

	it('ends a point’s words with what its markers say, each at its own date', () => {
		const markers = [fromApiMarker(spcMarker({ dateLabel: '5 May 2019', pointIndex: 1 }))];
		expect(spcPoints(chart, String, { markers })[1].description.at(-1)).toBe('5 May 2019: PDSA cycle 1 started: Text reminders');
	});

	it('reads the chart’s own markers when none are given', () => {
		const marked = spcChart(chart.points, { markers: [spcMarker({ kind: 'NOTE', mark: 'A', dateLabel: '2 Jun 2019', pointIndex: 2, text: 'Clinic shut.' })] });
		expect(spcPoints(marked, String)[2].description.at(-1)).toBe('2 Jun 2019: Clinic shut.');
	});
});

describe('pointDescription', () => {
	const context = { kind: 'XMR' as const, target: null, notes: [] };

	it('says the period, value, cause, rules, centre line and limits, and flags', () => {
		const point = spcPoint({ label: 'Oct 2020', value: 12.5, specialCause: 'IMPROVEMENT', rules: ['SHIFT', 'TREND'], rebase: true });
		expect(pointDescription(point, (value) => `${value}%`, context)).toEqual([
			'Oct 2020: 12.5%',
			'Special cause improvement',
			'Rules: a shift: a run of points on one side of the centre line; a trend: points rising or falling in a row',
			'Mean 10%; process limits 4% to 16%',
			'Limits recalculated from this point'
		]);
	});

	it('says when a value is suppressed or ghosted, and names a run chart’s median', () => {
		const point = spcPoint({ label: 'Apr 2020', value: null, ghosted: true, upperLimit: null, lowerLimit: null });
		expect(pointDescription(point, String, { ...context, kind: 'RUN', target: 12, notes: ['A note.'] })).toEqual([
			'Apr 2020: suppressed (*)',
			'Common cause variation',
			'Median 10',
			'Target 12',
			'Ghosted: shown but left out of the calculations',
			'A note.'
		]);
	});

	it('says a point also broke a concern rule, so a low month in a rising trend is not simply called good', () => {
		const point = spcPoint({ label: 'Mar 2021', value: 2, specialCause: 'IMPROVEMENT', rules: ['SINGLE_POINT', 'TREND'], conflict: true });
		expect(pointDescription(point, String, context).slice(1, 3)).toEqual([
			'Special cause improvement',
			"Also breaks a concern rule: the reading follows Making Data Count's improvement-first rule"
		]);
	});

	it('adds the CI after the value where the point has one', () => {
		const point = spcPoint({ value: 0.3, lower: 0.2, upper: 0.4, mean: null });
		expect(pointDescription(point, (value) => value.toFixed(1), context).slice(0, 2)).toEqual(['Jan 2024: 0.3', '95% CI 0.2 to 0.4']);
	});
});

describe('centreLineName', () => {
	it('calls the centre line the median on a run chart', () => {
		expect(centreLineName('RUN')).toBe('Median');
		expect(centreLineName('T')).toBe('Mean');
	});
});

describe('limitSegments', () => {
	it('is one segment when nothing is rebased', () => {
		expect(limitSegments([{ rebase: false }, { rebase: false }, { rebase: false }])).toEqual([{ start: 0, end: 2 }]);
	});

	it('breaks the limits at each rebase point', () => {
		const points = [false, false, true, false, true, false].map((rebase) => ({ rebase }));
		expect(limitSegments(points)).toEqual([
			{ start: 0, end: 1 },
			{ start: 2, end: 3 },
			{ start: 4, end: 5 }
		]);
	});

	it('ignores a rebase flag on the first point, which starts a segment anyway', () => {
		expect(limitSegments([{ rebase: true }, { rebase: false }])).toEqual([{ start: 0, end: 1 }]);
		expect(rebaseIndexes([{ rebase: true }, { rebase: false }, { rebase: true }])).toEqual([2]);
	});

	it('is empty for no points', () => {
		expect(limitSegments([])).toEqual([]);
	});
});

describe('targetsPerPoint', () => {
	it('repeats a single target, or uses per-period targets when they fit', () => {
		expect(targetsPerPoint(3, 5, undefined)).toEqual([5, 5, 5]);
		expect(targetsPerPoint(2, 5, [1, 2])).toEqual([1, 2]);
		expect(targetsPerPoint(2, null, [1])).toEqual([null, null]);
	});
});

describe('targetSteps', () => {
	it('holds each period’s target across the period, so it steps half-way between periods', () => {
		expect(
			targetSteps([
				{ index: 0, target: 10 },
				{ index: 1, target: 20 }
			])
		).toEqual([
			{ x: -0.5, y: 10 },
			{ x: 0.5, y: 10 },
			{ x: 0.5, y: 20 },
			{ x: 1.5, y: 20 }
		]);
	});

	it('breaks where a period has no target', () => {
		expect(
			targetSteps([
				{ index: 0, target: 10 },
				{ index: 1, target: null }
			]).map((step) => step.y)
		).toEqual([10, 10, null]);
	});
});

describe('spcExtent', () => {
	const points = spcPoints(spcChart([spcPoint({ value: 9, upperTwoSigma: 30, lowerTwoSigma: -5 }), spcPoint({ value: 20 })], { target: 25 }), String);

	it('covers values, the mean, the process limits and the target', () => {
		// values 9 and 20, limits 4 and 16, target 25
		expect(spcExtent(points, false)).toEqual([4, 25]);
	});

	it('covers the 2σ lines only when they are shown', () => {
		expect(spcExtent(points, true)).toEqual([-5, 30]);
	});

	it('gives a flat series 10% room either side, and nothing at all 0 to 1', () => {
		const flat = spcPoints(spcChart([spcPoint({ value: 50, mean: 50, upperLimit: null, lowerLimit: null })]), String);
		expect(spcExtent(flat, false)).toEqual([45, 55]);
		expect(spcExtent([], false)).toEqual([0, 1]);
	});
});

describe('tickIndexes', () => {
	it('labels every month when there is room', () => {
		expect(tickIndexes(4, 400, 60)).toEqual([0, 1, 2, 3]);
	});

	it('steps by a quarter when months would crowd: 24 months in 480 px at 56 px apart', () => {
		expect(tickIndexes(24, 480, 56)).toEqual([0, 3, 6, 9, 12, 15, 18, 21]);
	});

	it('steps by a year on a narrow screen: 60 months in 300 px at 56 px apart', () => {
		expect(tickIndexes(60, 300, 56)).toEqual([0, 12, 24, 36, 48]);
	});
});
