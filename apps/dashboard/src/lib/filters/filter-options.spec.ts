import { describe, expect, it } from 'vitest';
import { filterOptions } from './filter-options';
import type { FilterOptionsQuery } from '$lib/graphql/graphql';

const result: FilterOptionsQuery = {
	programmes: [],
	wards: [
		{ code: 'E2', name: 'Wigmore', deprivationDecile: 7 },
		{ code: 'E1', name: 'Biscot', deprivationDecile: 1 }
	],
	ageBands: [
		{ code: '65-74', minAge: 65 },
		{ code: '18-24', minAge: 18 }
	],
	ethnicCategories: [
		{ code: 'A', name: 'British', broadGroup: 'White' },
		{ code: 'J', name: 'Pakistani', broadGroup: 'Asian' },
		{ code: 'B', name: 'Irish', broadGroup: 'White' }
	],
	referralsPerMonth: [
		{ month: '2018-03-01', count: 0 },
		{ month: '2018-04-01', count: null },
		{ month: '2019-05-01', count: 10 }
	]
};

describe('filterOptions', () => {
	it('offers the financial years with referrals, newest first', () => {
		expect(filterOptions(result).financialYears.map((option) => option.value)).toEqual(['2019/20', '2018/19']);
	});

	it('lists wards by name with their code as the value', () => {
		expect(filterOptions(result).wards).toEqual([
			{ value: 'E1', label: 'Biscot' },
			{ value: 'E2', label: 'Wigmore' }
		]);
	});

	it('lists age bands youngest first', () => {
		expect(filterOptions(result).ageBands.map((option) => option.value)).toEqual(['18-24', '65-74']);
	});

	it('lists each broad ethnic group once', () => {
		expect(filterOptions(result).ethnicGroups.map((option) => option.value)).toEqual(['White', 'Asian']);
	});

	it('says which end of the deprivation scale is which', () => {
		const deciles = filterOptions(result).deprivationDeciles;
		expect([deciles[0].label, deciles[9].label]).toEqual(['1 (most deprived)', '10 (least deprived)']);
	});
});
