import { describe, expect, it } from 'vitest';
import { describeFilters, disclosureRule, downloadCsv, downloadTable, formatGenerated, formatValue, type Download } from './download';
import { downloadMeta } from './download.fixture';

const download: Download = {
	meta: downloadMeta(),
	columns: [
		{ label: 'Month', type: 'date' },
		{ label: 'Referrals', type: 'count' },
		{ label: 'Share', type: 'percent' },
		{ label: 'Rate per 1,000', type: 'decimal' }
	],
	rows: [
		{ cells: ['2024-04', 35, 0.7534883720930232, 12.3456], valueNote: '' },
		{ cells: ['2024-05', null, null, 8], valueNote: 'Suppressed: fewer than 8' }
	]
};

describe('formatValue', () => {
	it('writes each type at its precision, with no floating tail', () => {
		expect(formatValue('percent', 0.7534883720930232)).toBe('75.3');
		expect(formatValue('decimal', 75.34883720930232)).toBe('75.3');
		expect(formatValue('ratio', 0.93456)).toBe('0.93');
		expect(formatValue('count', 12.4)).toBe('12');
		expect(formatValue('decimal', 1.05)).toBe('1.1');
		expect(formatValue('decimal', -0.04)).toBe('0.0');
	});

	it('leaves a missing value empty and writes text as given', () => {
		expect(formatValue('count', null)).toBe('');
		expect(formatValue('percent', Number.NaN)).toBe('');
		expect(formatValue('date', '2024-04-01')).toBe('2024-04-01');
	});
});

describe('downloadTable', () => {
	const [header, first, second] = downloadTable(download);

	it('has one header row with the metadata columns around the data, Fingertips style', () => {
		expect(header).toEqual([
			'Indicator',
			'Period',
			'Filters',
			'Month',
			'Referrals',
			'Share (%)',
			'Rate per 1,000',
			'Value note',
			'Definition',
			'Disclosure rule',
			'Generated',
			'Source'
		]);
	});

	it('repeats the metadata on every row', () => {
		const meta = ['Referrals per month', 'April 2024 to March 2025', 'Programme: Falls prevention'];
		const trailing = [
			'Referrals received in each calendar month.',
			'Counts of 1 to 7 withheld and others rounded to the nearest 5; shares and rates computed from the published counts',
			'2025-04-02T09:30:15Z',
			'Wellbeing Hub (methods: docs/methods.md)'
		];
		expect(first).toEqual([...meta, '2024-04', '35', '75.3', '12.3', '', ...trailing]);
		expect(second).toEqual([...meta, '2024-05', '', '', '8.0', 'Suppressed: fewer than 8', ...trailing]);
	});
});

describe('downloadCsv', () => {
	it('starts with a byte-order mark for Excel and ends each line with CRLF', () => {
		const csv = downloadCsv(download);
		expect(csv.startsWith('\uFEFFIndicator,Period,Filters,Month,')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(4);
		expect(csv.split('\r\n')[1]).toBe(
			'Referrals per month,April 2024 to March 2025,Programme: Falls prevention,2024-04,35,75.3,12.3,,Referrals received in each calendar month.,Counts of 1 to 7 withheld and others rounded to the nearest 5; shares and rates computed from the published counts,2025-04-02T09:30:15Z,Wellbeing Hub (methods: docs/methods.md)'
		);
	});

	it('still neutralises a cell that would run as a formula, wherever it comes from', () => {
		const hostile = downloadCsv({ ...download, meta: downloadMeta({ title: '=HYPERLINK("x")' }) });
		expect(hostile.split('\r\n')[1].startsWith(`"'=HYPERLINK(""x"")",`)).toBe(true);
	});
});

describe('the metadata in words', () => {
	it('lists filters, or says there are none', () => {
		expect(
			describeFilters([
				{ label: 'Programme', values: ['Falls prevention'] },
				{ label: 'Ward', values: ['Abbey'] }
			])
		).toBe('Programme: Falls prevention; Ward: Abbey');
		expect(describeFilters([])).toBe('None');
	});

	it('states the rule the API applied to the viewer', () => {
		expect(disclosureRule('EXACT')).toBe('Exact counts (record-level access): nothing withheld or rounded');
		expect(disclosureRule(null)).toBe(disclosureRule('DISCLOSURE_CONTROLLED'));
	});

	it('writes when generated in UTC to the second', () => {
		expect(formatGenerated(new Date('2025-04-02T09:30:15.250Z'))).toBe('2025-04-02T09:30:15Z');
	});
});
