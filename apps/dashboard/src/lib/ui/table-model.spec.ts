import { describe, expect, it } from 'vitest';
import { formatTableCell, hasSuppressedCell, type TableModel } from './table-model';

const model: TableModel = {
	caption: 'Uptake',
	columns: [
		{ label: 'Group', kind: 'text' },
		{ label: 'Referrals', kind: 'count' },
		{ label: 'Share', kind: 'percent' },
		{ label: 'Ratio', kind: 'ratio' }
	],
	rows: [
		['Asian', 1235, 0.3456, 0.93456],
		['=Other', null, null, null]
	]
};

describe('formatTableCell', () => {
	it('writes a count with separators', () => {
		expect(formatTableCell('count', 1235)).toBe('1,235');
	});

	it('writes a percent with one decimal', () => {
		expect(formatTableCell('percent', 0.3456)).toBe('34.6%');
	});

	it('writes a ratio with two decimals', () => {
		expect(formatTableCell('ratio', 0.93456)).toBe('0.93');
	});

	it('writes a suppressed number as *', () => {
		expect(formatTableCell('count', null)).toBe('*');
	});

	it('writes an empty text cell as nothing', () => {
		expect(formatTableCell('text', null)).toBe('');
	});
});

describe('hasSuppressedCell', () => {
	it('is true when a number is null', () => {
		expect(hasSuppressedCell(model)).toBe(true);
	});

	it('ignores empty text cells', () => {
		expect(hasSuppressedCell({ ...model, rows: [[null, 5, 0.5, 1]] })).toBe(false);
	});
});
