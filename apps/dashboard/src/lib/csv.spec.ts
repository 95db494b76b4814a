import { describe, expect, it } from 'vitest';
import { csvFileName, neutraliseCell, toCsv } from './csv';

describe('neutraliseCell', () => {
	it('prefixes text that a spreadsheet would run as a formula', () => {
		expect(neutraliseCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(neutraliseCell('+1+1')).toBe("'+1+1");
		expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(neutraliseCell('-cmd')).toBe("'-cmd");
	});

	it('keeps numbers, including negative ones, as numbers', () => {
		expect(neutraliseCell(-0.75)).toBe('-0.75');
		expect(neutraliseCell('-12.5')).toBe('-12.5');
		expect(neutraliseCell(Number.NaN)).toBe('');
	});

	it('quotes commas, quotes and new lines, and leaves nulls empty', () => {
		expect(neutraliseCell('Round Green, Luton')).toBe('"Round Green, Luton"');
		expect(neutraliseCell(null)).toBe('');
	});
});

describe('toCsv', () => {
	it('writes a header and rows with CRLF line ends', () => {
		expect(
			toCsv(
				['month', 'referrals'],
				[
					['2019-04', 12],
					['2019-05', null]
				]
			)
		).toBe('month,referrals\r\n2019-04,12\r\n2019-05,\r\n');
	});
});

describe('csvFileName', () => {
	it('makes a safe file name from a title', () => {
		expect(csvFileName('Referrals per month (SPC)')).toBe('referrals-per-month-spc.csv');
		expect(csvFileName('***')).toBe('data.csv');
	});
});
