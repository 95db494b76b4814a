import { describe, expect, it } from 'vitest';
import { involvementChange, involvementCsv, involvementRows } from './qi-involvement';
import type { InvolvementPoint } from '$lib/queries/qi.queries';

function point(month: string, involved: number, active: number, suppressed = false): InvolvementPoint {
	return {
		month,
		activeProjects: active,
		involvedProjects: involved,
		bigIProjects: Math.floor(involved / 2),
		share: {
			numerator: involved,
			denominator: active,
			estimate: active ? involved / active : null,
			lower: active ? 0.1 : null,
			upper: active ? 0.9 : null,
			suppressed,
			reason: suppressed ? 'suppressed' : null
		}
	};
}

describe('involvementRows', () => {
	it('keeps the counts and the share with its CI, by month', () => {
		expect(involvementRows([point('2021-12-01', 1, 10)])).toEqual([
			{ month: '2021-12', share: 0.1, lower: 0.1, upper: 0.9, involved: 1, bigI: 0, active: 10, suppressed: false }
		]);
	});

	it('drops the share of a suppressed month', () => {
		expect(involvementRows([point('2021-12-01', 1, 10, true)])[0]).toMatchObject({ share: null, lower: null, upper: null, suppressed: true });
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

describe('involvementCsv', () => {
	it('writes shares as percentages, "*" when suppressed and empty when there is nothing to share', () => {
		const rows = involvementRows([point('2023-12-01', 8, 10), point('2024-01-01', 3, 5, true), point('2018-12-01', 0, 0)]);
		expect(involvementCsv(rows).rows).toEqual([
			['2023-12', 10, 8, 4, 80, 10, 90],
			['2024-01', 5, 3, 1, '*', '*', '*'],
			['2018-12', 0, 0, 0, null, null, null]
		]);
	});
});
