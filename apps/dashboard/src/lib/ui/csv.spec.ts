import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseCell } from './csv';

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

describe('looksLikeFormula', () => {
	it('is true for text a spreadsheet would evaluate, false for signed numbers and plain text', () => {
		expect(looksLikeFormula('=1+1')).toBe(true);
		expect(looksLikeFormula('@cmd')).toBe(true);
		expect(looksLikeFormula('-3.5')).toBe(false);
		expect(looksLikeFormula('Falls prevention')).toBe(false);
	});
});
