import { describe, expect, it } from 'vitest';
import { spcChart, spcMarker, spcPoint } from './spc-fixtures';
import { spcTable } from './spc-table';
import { hasSuppressedCell } from '$lib/ui/table-model';
import { downloadTable } from '$lib/export/download';
import { downloadMeta } from '$lib/export/download.fixture';
import { tableDownload } from '$lib/export/table-download';

describe('spcTable', () => {
	const chart = spcChart(
		[
			spcPoint({ label: 'Apr 2020', value: 21.14, mean: 20.456, lowerLimit: 14.2, upperLimit: 26.7, ghosted: true }),
			spcPoint({ label: 'May 2020', value: null, rebase: true, specialCause: 'CONCERN', rules: ['SINGLE_POINT'] })
		],
		{
			target: 10,
			markers: [
				spcMarker({ kind: 'NOTE', mark: 'A', dateLabel: '9 Apr 2020', pointIndex: 0, text: 'Phones only.' }),
				spcMarker({ mark: '2', dateLabel: '5 May 2020', pointIndex: 1, text: 'PDSA cycle 2 started: Call-backs' })
			]
		}
	);
	const options = { caption: 'Measure by period', valueHeading: 'Value (%)', valueKind: 'decimal' as const };

	it('has one row per period with the lines drawn, the variation, rules and notes', () => {
		const table = spcTable(chart, options);
		expect(table.caption).toBe('Measure by period');
		expect(table.columns.map((column) => column.label)).toEqual([
			'Period',
			'Value (%)',
			'Mean',
			'Lower process limit',
			'Upper process limit',
			'Target',
			'Variation',
			'Rules',
			'Notes'
		]);
		expect(table.rows).toEqual([
			['Apr 2020', 21.14, 20.456, 14.2, 26.7, 10, 'Common cause variation', '', 'Ghosted; 9 Apr 2020: Phones only.'],
			[
				'May 2020',
				null,
				10,
				4,
				16,
				10,
				'Special cause concern',
				'a point beyond a process limit',
				'Limits recalculated; 5 May 2020: PDSA cycle 2 started: Call-backs'
			]
		]);
	});

	it('writes the same cells to the CSV, a withheld value empty with a value note, a mean at 1 dp', () => {
		const [header, ...rows] = downloadTable(tableDownload(spcTable(chart, options), downloadMeta(), false));
		const value = header.indexOf('Value (%)');
		expect(rows[1].slice(value - 1, value + 2)).toEqual(['May 2020', '', '10.0']);
		expect(rows[0][value + 1]).toBe('20.5');
		expect(rows[1][header.indexOf('Value note')]).toBe('Suppressed (fewer than 8) or not computable: Value (%)');
	});

	it('uses per-period targets and explains values that are missing rather than withheld', () => {
		const table = spcTable(chart, { ...options, targets: [8, 9], missingReasons: [null, 'not reported by the provider'] });
		expect(table.rows.map((row) => row[5])).toEqual([8, 9]);
		expect(table.rows[1][1]).toBe('');
		expect(table.rows[1][8]).toBe('Limits recalculated; not reported by the provider; 5 May 2020: PDSA cycle 2 started: Call-backs');
		expect(hasSuppressedCell(table)).toBe(false);
		expect(hasSuppressedCell(spcTable(chart, options))).toBe(true);
	});

	it('leaves out limits, target and rules a run chart without target does not have, and names its median', () => {
		const run = spcChart([spcPoint({ label: 'Jan 2024', value: 3, mean: 4, upperLimit: null, lowerLimit: null })], { kind: 'RUN' });
		const table = spcTable(run, { caption: 'Run', periodHeading: 'Month', valueHeading: 'Referrals', valueKind: 'count' });
		expect(table.columns).toEqual([
			{ label: 'Month', kind: 'text' },
			{ label: 'Referrals', kind: 'count' },
			{ label: 'Median', kind: 'decimal' },
			{ label: 'Variation', kind: 'text' },
			{ label: 'Notes', kind: 'text' }
		]);
		expect(table.rows).toEqual([['Jan 2024', 3, 4, 'Common cause variation', '']]);
	});

	it('leaves the limit columns out of a run chart even where limits arrive, so no cell reads as withheld', () => {
		const run = spcChart([spcPoint({ value: 3, mean: 4, lowerLimit: 1, upperLimit: 7 })], { kind: 'RUN', variation: null });
		const labels = spcTable(run, options).columns.map((column) => column.label);
		expect(labels).toEqual(['Period', 'Value (%)', 'Median', 'Variation', 'Notes']);
	});

	it('notes a point that broke both an improvement and a concern rule', () => {
		const clash = spcChart([spcPoint({ specialCause: 'IMPROVEMENT', rules: ['SINGLE_POINT', 'TREND'], conflict: true })]);
		expect(spcTable(clash, options).rows[0].at(-1)).toBe("Also breaks a concern rule: the reading follows Making Data Count's improvement-first rule");
	});

	it('adds the CI and the counts behind a share, leaving a missing CI empty rather than withheld', () => {
		const share = spcChart([spcPoint({ value: 0.25, lower: 0.2, upper: 0.31, numerator: 25, denominator: 100 }), spcPoint({ value: null })]);
		const table = spcTable(share, {
			caption: 'Share',
			valueHeading: 'Share',
			valueKind: 'percent',
			counts: { numerator: 'BAME referrals', denominator: 'Referrals with ethnicity' }
		});
		expect(table.columns.slice(1, 6).map((column) => [column.label, column.kind])).toEqual([
			['Share', 'percent'],
			['95% CI lower', 'percent'],
			['95% CI upper', 'percent'],
			['BAME referrals', 'count'],
			['Referrals with ethnicity', 'count']
		]);
		expect(table.rows.map((row) => row.slice(1, 6))).toEqual([
			[0.25, 0.2, 0.31, 25, 100],
			[null, '', '', null, null]
		]);
	});
});
