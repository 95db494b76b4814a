import { describe, expect, it } from 'vitest';
import { parsePastedValues, readPastedDate, readPastedNumber, splitPastedLine } from './paste-grid';

const today = '2025-06-15';

describe('readPastedDate', () => {
	it.each([
		['2024-04-01', '2024-04-01'],
		['2024-4-1', '2024-04-01'],
		['2024/04/01', '2024-04-01'],
		['2024-04', '2024-04-01'],
		['2024-04-01 00:00:00', '2024-04-01'],
		['01/04/2024', '2024-04-01'],
		['1/4/2024', '2024-04-01'],
		['01/04/24', '2024-04-01'],
		['01.04.2024', '2024-04-01'],
		['01-04-2024', '2024-04-01'],
		['Apr 2024', '2024-04-01'],
		['April 2024', '2024-04-01'],
		['apr-24', '2024-04-01'],
		['Apr-2024', '2024-04-01'],
		["Apr '24", '2024-04-01'],
		['Sept 2024', '2024-09-01'],
		['Sep 2024', '2024-09-01'],
		['1 Apr 2024', '2024-04-01'],
		['01-Apr-2024', '2024-04-01'],
		['1st April 2024', '2024-04-01'],
		['  Apr 2024  ', '2024-04-01']
	])('reads %s as %s', (typed, day) => {
		expect(readPastedDate(typed)).toBe(day);
	});

	it.each(['31/02/2024', '2024-13-01', '13/13/2024', 'Month 2024', 'Ap 2024', '2024', 'Q1 2024', '', 'tomorrow'])('refuses %s', (typed) => {
		expect(readPastedDate(typed)).toBeNull();
	});

	it('reads a day before the month, the UK way', () => {
		expect(readPastedDate('02/03/2024')).toBe('2024-03-02');
	});
});

describe('readPastedNumber', () => {
	it.each([
		['12', 12],
		['12.5', 12.5],
		['.5', 0.5],
		['85%', 85],
		['85 %', 85],
		['1,234', 1234],
		['1,234.5', 1234.5],
		['-3', -3],
		['\u22123', -3],
		[' 7 ', 7],
		['0', 0]
	])('reads %s as %d', (typed, value) => {
		expect(readPastedNumber(typed)).toBe(value);
	});

	it.each(['', 'n/a', '12a', '1,23', '1.2.3', '-', '#DIV/0!'])('refuses %s', (typed) => {
		expect(readPastedNumber(typed)).toBeNull();
	});
});

describe('splitPastedLine', () => {
	it('splits on tabs, keeping commas in a cell', () => {
		expect(splitPastedLine('Apr 2024\t1,234')).toEqual(['Apr 2024', '1,234']);
	});

	it('splits on commas', () => {
		expect(splitPastedLine('2024-04-01,12')).toEqual(['2024-04-01', '12']);
	});

	it('splits on semicolons, as European spreadsheets export', () => {
		expect(splitPastedLine('2024-04-01;12')).toEqual(['2024-04-01', '12']);
	});

	it('keeps a quoted value whole', () => {
		expect(splitPastedLine('"Apr 2024","1,234"')).toEqual(['Apr 2024', '1,234']);
	});

	it('joins an unquoted thousands separator back into the value', () => {
		expect(splitPastedLine('Apr 2024,1,234')).toEqual(['Apr 2024', '1,234']);
	});
});

describe('parsePastedValues', () => {
	it('reads tab-separated rows from a spreadsheet with a header', () => {
		const pasted = parsePastedValues('Month\tReferrals\nApr 2024\t12\nMay 2024\t15\n', { today });
		expect(pasted.header).toBe('Month | Referrals');
		expect(pasted.values).toEqual([
			{ periodStart: '2024-04-01', value: 12 },
			{ periodStart: '2024-05-01', value: 15 }
		]);
		expect(pasted.problemCount).toBe(0);
	});

	it('reads comma-separated rows without a header, CRLF line ends and blank lines', () => {
		const pasted = parsePastedValues('01/04/2024,12\r\n\r\n01/05/2024,15\r\n', { today });
		expect(pasted.header).toBeNull();
		expect(pasted.values.map((value) => value.periodStart)).toEqual(['2024-04-01', '2024-05-01']);
	});

	it('gives the values oldest first whatever order they were pasted in', () => {
		const pasted = parsePastedValues('2024-06-01\t3\n2024-04-01\t1\n2024-05-01\t2', { today });
		expect(pasted.values.map((value) => value.value)).toEqual([1, 2, 3]);
	});

	it('ignores the empty cells a spreadsheet pads rows with', () => {
		const pasted = parsePastedValues('2024-04-01\t12\t\t\n', { today });
		expect(pasted.rows[0].problem).toBeNull();
	});

	it('names the problem of each bad row and keeps the good ones', () => {
		const pasted = parsePastedValues(
			['Apr 2024\t12', 'Smarch 2024\t3', 'May 2024\t', 'Jun 2024\tn/a', '31/02/2024\t4', 'Apr 2024\t9', 'Jul 2026\t5', 'Aug 2024\t1\t2', '\t7'].join('\n'),
			{ today }
		);
		expect(pasted.rows.map((row) => row.problem)).toEqual([
			null,
			'"Smarch 2024" is not a date (write 2024-04-01, 01/04/2024 or Apr 2024).',
			'No value.',
			'"n/a" is not a number.',
			'"31/02/2024" is not a date (write 2024-04-01, 01/04/2024 or Apr 2024).',
			'The same date as line 1.',
			'2026-07-01 is in the future.',
			'Expected two columns: date and value.',
			'No date.'
		]);
		expect(pasted.problemCount).toBe(8);
		expect(pasted.values).toEqual([{ periodStart: '2024-04-01', value: 12 }]);
	});

	it('counts the same month spelled two ways as a repeat', () => {
		const pasted = parsePastedValues('Apr 2024\t1\n2024-04-01\t2', { today });
		expect(pasted.rows[1].problem).toBe('The same date as line 1.');
	});

	it('treats only a first row of words as a header', () => {
		const pasted = parsePastedValues('Apr 2024\t1\nMonth\tValue', { today });
		expect(pasted.header).toBeNull();
		expect(pasted.rows[1].problem).toContain('"Month" is not a date');
	});

	it('reads one column of event dates for a T chart', () => {
		const pasted = parsePastedValues('Date of fall\n03/01/2025\n17/02/2025', { today, eventDates: true });
		expect(pasted.header).toBe('Date of fall');
		expect(pasted.values).toEqual([
			{ periodStart: '2025-01-03', value: null },
			{ periodStart: '2025-02-17', value: null }
		]);
	});

	it('refuses more values than one save takes', () => {
		const lines = Array.from({ length: 1001 }, (_, index) => `${new Date(Date.UTC(2000, 0, 1 + index)).toISOString().slice(0, 10)}\t1`);
		expect(parsePastedValues(lines.join('\n'), { today }).overall).toBe('At most 1000 values can be saved at once; this has 1001.');
	});

	it('reads nothing from an empty paste', () => {
		expect(parsePastedValues('  \n\n', { today })).toEqual({ rows: [], header: null, values: [], problemCount: 0, overall: null });
	});
});
