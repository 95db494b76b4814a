import { describe, expect, it } from 'vitest';
import { quarantineCsv, templateCsv } from './import-files';

describe('quarantineCsv', () => {
	it("keeps the template's column order, adds unknown columns and the reasons, and neutralises formulas", () => {
		const csv = quarantineCsv(
			['referral_id', 'nhs_number', 'received_on', 'status'],
			[
				{
					rowNumber: 3,
					row: { status: 'received', referral_id: 'ERR-0002', nhs_number: '', received_on: '2024-01-09' },
					reasons: ['nhs_number: check digit is wrong']
				},
				{
					rowNumber: 9,
					row: { referral_id: '=HYPERLINK("x")', nhs_number: 'ab12', received_on: '31/02/2024', status: 'received', note: '@home' },
					reasons: ['received_on: "31/02/2024" is not a day of the calendar', 'status: is wrong, badly']
				}
			]
		);
		expect(csv.split('\r\n')).toEqual([
			'referral_id,nhs_number,received_on,status,note,reasons',
			'ERR-0002,,2024-01-09,received,,nhs_number: check digit is wrong',
			`"'=HYPERLINK(""x"")",ab12,31/02/2024,received,'@home,"received_on: ""31/02/2024"" is not a day of the calendar; status: is wrong, badly"`,
			''
		]);
	});

	it('is a header of the reasons alone when nothing was quarantined', () => {
		expect(quarantineCsv(['referral_id'], [])).toBe('reasons\r\n');
	});
});

describe('templateCsv', () => {
	it('is the header row and one example row', () => {
		expect(
			templateCsv([
				{ name: 'referral_id', example: 'LTC-000123' },
				{ name: 'conditions', example: 'diabetes;msk' },
				{ name: 'delta', example: '-3' }
			])
		).toBe('referral_id,conditions,delta\r\nLTC-000123,diabetes;msk,-3\r\n');
	});
});
