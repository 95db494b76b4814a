import { financialYearRange, isFinancialYear } from '@hub/analytics';
import type { ReferralFilter, Sex } from '$lib/graphql/graphql';
import { firstDayOfMonth, isYearMonth, lastDayOfMonth, type YearMonth } from '$lib/ui/month';

/**
 * The filters of the Overview, Outcomes and Communities pages, as held in the URL query string
 * so a view can be shared. One value per dimension keeps the form simple; the API takes lists.
 */
export interface AnalysisFilterState {
	from: YearMonth | null;
	to: YearMonth | null;
	/** "2019/20": April 2019 to March 2020; ALL_YEARS when every year is asked for, null when the URL names none. */
	financialYear: string | null;
	programmeId: string | null;
	wardCode: string | null;
	ethnicGroup: string | null;
	ageBand: string | null;
	sex: Sex | null;
	deprivationDecile: number | null;
}

export const NO_ANALYSIS_FILTER: AnalysisFilterState = {
	from: null,
	to: null,
	financialYear: null,
	programmeId: null,
	wardCode: null,
	ethnicGroup: null,
	ageBand: null,
	sex: null,
	deprivationDecile: null
};

/** `?fy=all`: every year, said explicitly, since a URL without a year opens on the latest complete one. */
export const ALL_YEARS = 'all';

/** The financial year to filter on, if any: neither "all years" nor none given. */
function chosenYear(filter: AnalysisFilterState): string | null {
	return filter.financialYear === ALL_YEARS ? null : filter.financialYear;
}

/** URL keys in the order they are written, so the same filter always gives the same URL. */
const ANALYSIS_FILTER_KEYS = ['from', 'to', 'fy', 'programme', 'ward', 'ethnic', 'age', 'sex', 'decile'] as const;

/** The choices a page may offer besides the months, by URL key. */
export type AnalysisFilterField = Exclude<(typeof ANALYSIS_FILTER_KEYS)[number], 'from' | 'to'>;

const EVERY_FILTER_FIELD: readonly AnalysisFilterField[] = ['fy', 'programme', 'ward', 'ethnic', 'age', 'sex', 'decile'];

/** The Overview offers months and a programme: what the referral queries behind it can filter on. */
export const OVERVIEW_FILTER_FIELDS: readonly AnalysisFilterField[] = ['fy', 'programme'];

export const SEX_OPTIONS: readonly { value: Sex; label: string }[] = [
	{ value: 'FEMALE', label: 'Female' },
	{ value: 'MALE', label: 'Male' },
	{ value: 'OTHER', label: 'Other' },
	{ value: 'NOT_STATED', label: 'Not stated' }
];

export const DEPRIVATION_DECILES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function text(params: URLSearchParams, name: string): string | null {
	return params.get(name)?.trim() || null;
}

function month(params: URLSearchParams, name: string): YearMonth | null {
	const value = text(params, name) ?? '';
	return isYearMonth(value) ? value : null;
}

function sex(value: string | null): Sex | null {
	return SEX_OPTIONS.find((option) => option.value === value)?.value ?? null;
}

function decile(value: string | null): number | null {
	const number = Number(value);
	return value && DEPRIVATION_DECILES.includes(number) ? number : null;
}

/**
 * Reads the filter from the URL; anything malformed means "no filter" on that dimension, and so
 * does a key the page does not offer (`fields`), so a shared link cannot narrow it unseen.
 */
export function parseAnalysisFilter(params: URLSearchParams, fields: readonly AnalysisFilterField[] = EVERY_FILTER_FIELD): AnalysisFilterState {
	const offered = (name: AnalysisFilterField) => (fields.includes(name) ? text(params, name) : null);
	let from = month(params, 'from');
	let to = month(params, 'to');
	// A reversed period is almost always a slip; read it the way round that has meaning.
	if (from && to && from > to) [from, to] = [to, from];
	const fy = offered('fy');
	return {
		from,
		to,
		financialYear: fy && (isFinancialYear(fy) || fy === ALL_YEARS) ? fy : null,
		programmeId: offered('programme'),
		wardCode: offered('ward'),
		ethnicGroup: offered('ethnic'),
		ageBand: offered('age'),
		sex: sex(offered('sex')),
		deprivationDecile: decile(offered('decile'))
	};
}

/** The filter as URL parameters, in a fixed key order; empty values are left out. */
export function analysisFilterParams(filter: AnalysisFilterState): URLSearchParams {
	const values: Record<(typeof ANALYSIS_FILTER_KEYS)[number], string | number | null> = {
		from: filter.from,
		to: filter.to,
		fy: filter.financialYear,
		programme: filter.programmeId,
		ward: filter.wardCode,
		ethnic: filter.ethnicGroup,
		age: filter.ageBand,
		sex: filter.sex,
		decile: filter.deprivationDecile
	};
	const params = new URLSearchParams();
	for (const key of ANALYSIS_FILTER_KEYS) {
		const value = values[key];
		if (value !== null && value !== '') params.set(key, String(value));
	}
	return params;
}

/** The query string for a filter, "" when nothing is filtered. */
export function analysisFilterSearch(filter: AnalysisFilterState): string {
	const search = analysisFilterParams(filter).toString();
	return search ? `?${search}` : '';
}

/**
 * The API's ReferralFilter, the one filter of every referral query, lists and analyses alike
 * (docs/methods.md, "Filters"); whole months, periodTo inclusive.
 */
export function toReferralFilter(filter: AnalysisFilterState): ReferralFilter {
	const result: ReferralFilter = {};
	if (filter.from) result.periodFrom = firstDayOfMonth(filter.from);
	if (filter.to) result.periodTo = lastDayOfMonth(filter.to);
	if (chosenYear(filter)) result.financialYear = chosenYear(filter);
	if (filter.programmeId) result.programmeIds = [filter.programmeId];
	if (filter.wardCode) result.wardCodes = [filter.wardCode];
	if (filter.ethnicGroup) result.ethnicGroups = [filter.ethnicGroup];
	if (filter.ageBand) result.ageBands = [filter.ageBand];
	if (filter.sex) result.sexes = [filter.sex];
	if (filter.deprivationDecile !== null) result.deprivationDeciles = [filter.deprivationDecile];
	return result;
}

export function isAnalysisFiltered(filter: AnalysisFilterState): boolean {
	return analysisFilterParams(filter).size > 0;
}

/** The period in words: "financial year 2019/20", "April 2019 to March 2020" or "all months". */
export function describeAnalysisPeriod(filter: AnalysisFilterState, formatMonth: (month: YearMonth) => string): string {
	const months =
		filter.from && filter.to
			? filter.from === filter.to
				? formatMonth(filter.from)
				: `${formatMonth(filter.from)} to ${formatMonth(filter.to)}`
			: filter.from
				? `from ${formatMonth(filter.from)} onwards`
				: filter.to
					? `up to ${formatMonth(filter.to)}`
					: null;
	const year = chosenYear(filter);
	if (year && months) return `financial year ${year}, ${months}`;
	if (year) return `financial year ${year}`;
	return months ?? 'all months';
}

/** Distinct broad ethnic groups in the order the API lists the categories ("Not stated" kept). */
export function ethnicGroupOptions(categories: readonly { broadGroup: string }[]): string[] {
	return [...new Set(categories.map((category) => category.broadGroup))];
}

/**
 * The first and last day the filter covers, months and financial year intersected; null on
 * an open side. Used where an API filter (e.g. outreach events) takes plain dates.
 */
export function periodBounds(filter: AnalysisFilterState): { from: string | null; to: string | null } {
	const froms: string[] = [];
	const tos: string[] = [];
	if (filter.from) froms.push(firstDayOfMonth(filter.from));
	if (filter.to) tos.push(lastDayOfMonth(filter.to));
	const year = chosenYear(filter);
	if (year) {
		const { start, end } = financialYearRange(year);
		froms.push(start);
		tos.push(end);
	}
	return {
		from: froms.length ? froms.sort().at(-1)! : null,
		to: tos.length ? tos.sort()[0] : null
	};
}
