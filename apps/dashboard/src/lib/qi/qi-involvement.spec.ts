import { describe, expect, it } from 'vitest';
import { involvementChange, involvementRows, involvementTable } from './qi-involvement';
import type { InvolvementPoint } from '$lib/queries/qi.queries';

function proportion(count: number, active: number, suppressed: boolean): InvolvementPoint['share'] {
	return {
		numerator: count,
		denominator: active,
		estimate: active ? count / active : null,
		lower: active ? 0.1 : null,
		upper: active ? 0.9 : null,
		suppressed,
		reason: suppressed ? 'suppressed' : null
	};
}

/** Half the involved projects (rounded down) are Big I, the rest little i. */
function point(month: string, involved: number, active: number, suppressed = false): InvolvementPoint {
	const bigI = Math.floor(involved / 2);
	return {
		month,
		activeProjects: active,
		involvedProjects: involved,
		bigIProjects: bigI,
		littleIProjects: involved - bigI,
		share: proportion(involved, active, suppressed),
		bigIShare: proportion(bigI, active, suppressed),
		littleIShare: proportion(involved - bigI, active, suppressed)
	};
}

describe('involvementRows', () => {
	it('keeps the counts and the share with its CI, by month', () => {
		expect(involvementRows([point('2021-12-01', 1, 10)])).toEqual([
			{ month: '2021-12', share: 0.1, lower: 0.1, upper: 0.9, involved: 1, bigI: 0, littleI: 1, bigIShare: 0, littleIShare: 0.1, active: 10, suppressed: false }
		]);
	});

	it('splits the share into Big I and little i', () => {
		// 5 of 20 involved: 2 Big I (10%), 3 little i (15%)
		expect(involvementRows([point('2023-06-01', 5, 20)])[0]).toMatchObject({ share: 0.25, bigIShare: 0.1, littleIShare: 0.15 });
	});

	it('drops the shares of a suppressed month', () => {
		expect(involvementRows([point('2021-12-01', 1, 10, true)])[0]).toMatchObject({
			share: null,
			lower: null,
			upper: null,
			bigIShare: null,
			littleIShare: null,
			suppressed: true
		});
	});
});

describe('involvementChange', () => {
	it('compares the first and latest months that have projects', () => {
		const rows = involvementRows([point('2018-12-01', 0, 0), point('2021-12-01', 1, 10), point('2023-12-01', 8, 10)]);
		const change = involvementChange(rows);
		expect(change?.first.month).toBe('2021-12');
		expect(change?.latest.share).toBe(0.8);
	});

	it('is null with no projects at all', () => {
		expect(involvementChange(involvementRows([point('2018-12-01', 0, 0)]))).toBeNull();
	});
});

describe('involvementTable', () => {
	it('keeps shares as fractions for the download to write as percentages, null when withheld or with nothing to share', () => {
		const rows = involvementRows([point('2023-12-01', 8, 10), point('2024-01-01', 3, 5, true), point('2018-12-01', 0, 0)]);
		const table = involvementTable(rows);
		expect(table.columns.map((column) => column.kind)).toEqual([
			'text',
			'count',
			'count',
			'count',
			'count',
			'percent',
			'percent',
			'percent',
			'percent',
			'percent'
		]);
		expect(table.rows[0].slice(0, 6)).toEqual(['2023-12', 10, 8, 4, 4, 0.8]);
		expect(table.rows[1].slice(5)).toEqual([null, null, null, null, null]);
		expect(table.rows[2].slice(5)).toEqual([null, null, null, null, null]);
	});
});
