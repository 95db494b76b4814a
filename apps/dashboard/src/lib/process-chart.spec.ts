import { describe, expect, it } from 'vitest';
import type { OutreachEvent } from './hub-api.types';
import {
	bameShareTable,
	describeEvent,
	eventMarkers,
	eventsByMonth,
	processExtent,
	processPoints,
	referralSpcTable,
	tickIndexes
} from './process-chart';
import type { SpcChart, SpcPoint } from './spc-types';

function point(period: string, value: number | null, extra: Partial<SpcPoint> = {}): SpcPoint {
	return {
		period,
		label: period,
		value,
		mean: 50,
		upperLimit: 80,
		lowerLimit: 20,
		upperTwoSigma: 70,
		lowerTwoSigma: 30,
		specialCause: null,
		rules: [],
		ghosted: false,
		rebase: false,
		lower: null,
		upper: null,
		numerator: null,
		denominator: null,
		annotations: [],
		pdsaCycles: [],
		...extra
	};
}

const chart: SpcChart = {
	kind: 'XMR',
	direction: 'INCREASE',
	target: null,
	variation: 'COMMON_CAUSE',
	assurance: null,
	reason: null,
	points: [point('2019-04-01', 40), point('2019-05-01', 90, { specialCause: 'IMPROVEMENT', rules: ['SINGLE_POINT'] }), point('2019-06-01', null)]
};

const event = (id: string, heldOn: string, title: string): OutreachEvent => ({
	id,
	title,
	heldOn,
	kind: 'FESTIVAL',
	community: 'Pakistani community',
	attendance: 120,
	referralCount: 4,
	ward: { code: 'E1', name: 'Biscot' }
});

describe('processPoints', () => {
	it('colours a common-cause point grey', () => {
		expect(processPoints(chart, String)[0].colour).toBe('#a6a6a6');
	});

	it('colours a special-cause improvement blue', () => {
		expect(processPoints(chart, String)[1].colour).toBe('#00b0f0');
	});

	it('describes the point with its month, value and variation', () => {
		expect(processPoints(chart, String)[1].description.slice(0, 2)).toEqual(['May 2019: 90', 'Special cause improvement']);
	});

	it('adds the CI after the value where the point has one', () => {
		const withCi = { ...chart, points: [point('2019-04-01', 0.3, { lower: 0.2, upper: 0.4 })] };
		expect(processPoints(withCi, (value) => value.toFixed(1))[0].description[1]).toBe('95% CI 0.2 to 0.4');
	});

	it('keeps the month of the period', () => {
		expect(processPoints(chart, String)[2].month).toBe('2019-06');
	});
});

describe('processExtent', () => {
	it('spans zero to the highest value, limit or target', () => {
		expect(processExtent(processPoints(chart, String), 95)).toEqual([0, 95]);
	});

	it('falls back to 0–1 with nothing to draw', () => {
		expect(processExtent([], null)).toEqual([0, 1]);
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

describe('referralSpcTable', () => {
	it('has one row per point, suppressed values kept as null', () => {
		expect(referralSpcTable(chart).rows.map((row) => row[1])).toEqual([40, 90, null]);
	});

	it('names the variation of each month', () => {
		expect(referralSpcTable(chart).rows[1][5]).toBe('Special cause improvement');
	});
});

describe('eventsByMonth', () => {
	it('groups events by the month they were held in, in date order', () => {
		const byMonth = eventsByMonth([event('2', '2019-05-20', 'B'), event('1', '2019-05-02', 'A'), event('3', '2019-06-01', 'C')]);
		expect(byMonth.get('2019-05')?.map((e) => e.title)).toEqual(['A', 'B']);
	});
});

describe('describeEvent', () => {
	it('says where, how many came and the referrals it brought', () => {
		expect(describeEvent(event('1', '2019-05-02', 'Eid stall'))).toBe(
			'Eid stall (Pakistani community, Biscot): 120 attended, 4 referrals'
		);
	});

	it('leaves out an empty place', () => {
		expect(describeEvent({ ...event('1', '2019-05-02', 'Talk'), community: '', ward: null })).toBe('Talk: 120 attended, 4 referrals');
	});
});

describe('eventMarkers', () => {
	const points = processPoints(chart, String);

	it('marks only charted months with events', () => {
		const markers = eventMarkers(points, eventsByMonth([event('1', '2019-05-02', 'A'), event('2', '2020-01-02', 'Z')]));
		expect(markers.map((marker) => marker.index)).toEqual([1]);
	});

	it('heads the list with the month and the number of events', () => {
		const markers = eventMarkers(points, eventsByMonth([event('1', '2019-05-02', 'A'), event('2', '2019-05-09', 'B')]));
		expect(markers[0].description[0]).toBe('May 2019: 2 outreach events');
	});
});

describe('bameShareTable', () => {
	it('lists the titles of the month’s events', () => {
		const table = bameShareTable(chart, eventsByMonth([event('1', '2019-04-02', 'A'), event('2', '2019-04-09', 'B')]));
		expect(table.rows[0][7]).toBe('A; B');
	});
});
