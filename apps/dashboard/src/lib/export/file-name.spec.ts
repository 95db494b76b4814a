import { describe, expect, it } from 'vitest';
import { downloadFileName, fileSlug, filtersSlug } from './file-name';

describe('fileSlug', () => {
	it('lower-cases and joins words with hyphens, dropping what file systems dislike', () => {
		expect(fileSlug('Referrals per month (SPC)')).toBe('referrals-per-month-spc');
		expect(fileSlug('Q2 2024/25')).toBe('q2-2024-25');
		expect(fileSlug('***')).toBe('');
	});

	it('keeps the case of a code when asked', () => {
		expect(fileSlug('WB 2023', true)).toBe('WB-2023');
	});
});

describe('filtersSlug', () => {
	it('names each filter and its value', () => {
		expect(filtersSlug([{ label: 'Programme', values: ['Falls prevention'] }])).toBe('programme-falls-prevention');
		expect(filtersSlug([])).toBe('');
	});

	it('counts values rather than naming more than two', () => {
		expect(filtersSlug([{ label: 'Ward', values: ['Abbey', 'Biscot', 'Challney'] }])).toBe('ward-3-chosen');
	});

	it('keeps whole filters up to 60 characters and counts the rest', () => {
		const filters = [
			{ label: 'Programme', values: ['Falls prevention'] },
			{ label: 'Ward', values: ['Round Green'] },
			{ label: 'Ethnic group', values: ['Mixed or multiple ethnic groups'] },
			{ label: 'Sex', values: ['Female'] }
		];
		// "programme-falls-prevention_ward-round-green" is 43 characters; the ethnic group would pass 60.
		expect(filtersSlug(filters)).toBe('programme-falls-prevention_ward-round-green_and-2-more');
	});

	it('cuts a single over-long filter at a word', () => {
		const slug = filtersSlug([{ label: 'Programme', values: ['A programme with a name far longer than any file name should carry'] }]);
		expect(slug).toBe('programme-a-programme-with-a-name-far-longer-than-any-file');
		expect(slug.length).toBeLessThanOrEqual(60);
	});
});

describe('downloadFileName', () => {
	it('names the figure, the period and the filters', () => {
		expect(downloadFileName('Referrals by month', '2024-25', [{ label: 'Programme', values: ['Falls prevention'] }])).toBe(
			'referrals-by-month_2024-25_programme-falls-prevention.csv'
		);
	});

	it('leaves out the filters part without filters, and takes another extension', () => {
		expect(downloadFileName('Referral funnel', 'all months', [], 'xlsx')).toBe('referral-funnel_all-months.xlsx');
	});
});
