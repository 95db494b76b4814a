import { financialYearsBetween } from '@hub/analytics';
import { DEPRIVATION_DECILES, SEX_OPTIONS, ethnicGroupOptions } from './analysis-filter';
import { programmeOptions, type ProgrammeOption } from './programme-options';
import type { FilterOptionsQuery } from './graphql/graphql';

type FilterOption = ProgrammeOption;

/** The choices of every analysis filter, from the API's reference lists. */
export interface FilterOptions {
	financialYears: FilterOption[];
	programmes: FilterOption[];
	wards: FilterOption[];
	ethnicGroups: FilterOption[];
	ageBands: FilterOption[];
	sexes: FilterOption[];
	deprivationDeciles: FilterOption[];
}

/** The financial years that have referrals, newest first. */
function financialYearOptions(months: readonly { month: string; count: number | null }[]): FilterOption[] {
	// A withheld count (null) stands for 1–7 referrals: the month has some.
	const withReferrals = months
		.filter((row) => row.count !== 0)
		.map((row) => row.month)
		.sort();
	if (withReferrals.length === 0) return [];
	return financialYearsBetween(withReferrals[0], withReferrals[withReferrals.length - 1])
		.reverse()
		.map((year) => ({ value: year, label: year }));
}

export function filterOptions(result: FilterOptionsQuery): FilterOptions {
	return {
		financialYears: financialYearOptions(result.referralsPerMonth),
		programmes: programmeOptions(result.programmes),
		wards: [...result.wards].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')).map((ward) => ({ value: ward.code, label: ward.name })),
		ethnicGroups: ethnicGroupOptions(result.ethnicCategories).map((group) => ({ value: group, label: group })),
		ageBands: [...result.ageBands].sort((a, b) => a.minAge - b.minAge).map((band) => ({ value: band.code, label: band.code })),
		sexes: SEX_OPTIONS.map((option) => ({ ...option })),
		deprivationDeciles: DEPRIVATION_DECILES.map((decile) => ({
			value: String(decile),
			label: decile === 1 ? '1 (most deprived)' : decile === 10 ? '10 (least deprived)' : String(decile)
		}))
	};
}
