import { describe, expect, it } from 'vitest';
import { spcChart, spcPoint } from './spc-fixtures';
import { centreLineName, hasSuppressedValue, spcTable } from './spc-table';

describe('spcTable', () => {
	const chart = spcChart(
		[
			spcPoint({ label: 'Apr 2020', value: 21.14, mean: 20.456, lowerLimit: 14.2, upperLimit: 26.7, ghosted: true, annotations: ['Phones only.'] }),
			spcPoint({ label: 'May 2020', value: null, rebase: true, pdsaCycles: [2], specialCause: 'CONCERN', rules: ['SINGLE_POINT'] })
		],
		{ target: 10 }
	);

	it('has one row per period with the same cells as the CSV', () => {
		const table = spcTable(chart, '%');
		expect(table.header).toEqual(['Period', 'Value (%)', 'Mean', 'Lower process limit', 'Upper process limit', 'Target', 'Variation', 'Rules', 'Notes']);
		expect(table.rows).toEqual([
			['Apr 2020', 21.14, 20.46, 14.2, 26.7, 10, 'Common cause variation', '', 'Ghosted; Phones only.'],
			['May 2020', '*', 10, 4, 16, 10, 'Special cause concern', 'a point beyond a process limit', 'Limits recalculated; PDSA cycle 2 started']
		]);
	});

	it('uses per-period targets and explains values that are missing rather than suppressed', () => {
		const table = spcTable(chart, '', { targets: [8, 9], missingReasons: [null, 'not reported by the provider'] });
		expect(table.header[1]).toBe('Value');
		expect(table.rows.map((row) => row[5])).toEqual([8, 9]);
		expect(table.rows[1][1]).toBeNull();
		expect(table.rows[1][8]).toBe('Limits recalculated; PDSA cycle 2 started; not reported by the provider');
	});

	it('calls the centre line the median on a run chart', () => {
		expect(centreLineName('RUN')).toBe('Median');
		expect(centreLineName('T')).toBe('Mean');
	});
});

describe('hasSuppressedValue', () => {
	const chart = spcChart([spcPoint(), spcPoint({ value: null })]);

	it('is true when a value is missing with no other explanation', () => {
		expect(hasSuppressedValue(chart)).toBe(true);
		expect(hasSuppressedValue(chart, [null, 'not reported'])).toBe(false);
		expect(hasSuppressedValue(spcChart([spcPoint()]))).toBe(false);
	});
});
