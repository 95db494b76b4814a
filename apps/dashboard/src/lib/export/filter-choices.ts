/**
 * The page's filters in words for a download's Filters column and file name: "Programme: Falls
 * prevention". Names come from the filter's options once they have loaded; until then (or for a
 * value no longer offered) the value itself is written, never dropped.
 */
import { SEX_OPTIONS, type AnalysisFilterState } from '$lib/filters/analysis-filter';
import type { FilterOptions } from '$lib/filters/filter-options';
import { INVOLVEMENT_LEVELS, QI_STATUSES, type QiPortfolioFilter } from '$lib/qi/qi-portfolio';
import type { LoadResult } from '$lib/ui/load-result';
import type { FilterChoice } from './download';

type Options = readonly { value: string; label: string }[] | undefined;

function choice(label: string, value: string | number | null, options: Options): FilterChoice[] {
	if (value === null) return [];
	const text = String(value);
	return [{ label, values: [options?.find((option) => option.value === text)?.label ?? text] }];
}

/** The analysis filters other than the period (the period has its own column). */
export function analysisFilterChoices(filter: AnalysisFilterState, loaded: LoadResult<Partial<FilterOptions>> | null): FilterChoice[] {
	const options = loaded?.ok ? loaded.data : {};
	return [
		...choice('Programme', filter.programmeId, options.programmes),
		...choice('Ward', filter.wardCode, options.wards),
		...choice('Ethnic group', filter.ethnicGroup, options.ethnicGroups),
		...choice('Age band', filter.ageBand, options.ageBands),
		...choice('Sex', filter.sex, SEX_OPTIONS),
		...choice('Deprivation decile', filter.deprivationDecile, options.deprivationDeciles)
	];
}

export function qiFilterChoices(filter: QiPortfolioFilter): FilterChoice[] {
	return [...choice('Status', filter.status, QI_STATUSES), ...choice('Involvement', filter.involvement, INVOLVEMENT_LEVELS)];
}
