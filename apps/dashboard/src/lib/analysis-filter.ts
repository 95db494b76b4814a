import type { AnalysisFilter, Sex } from './analytics.types';
import { firstDayOfMonth, isYearMonth, lastDayOfMonth, type YearMonth } from './month';

/**
 * The filters of the Outcomes and Communities pages, as held in the URL query string so a view
 * can be shared. One value per dimension keeps the form simple; the API takes lists.
 */
export interface AnalysisFilterState {
	from: YearMonth | null;
	to: YearMonth | null;
	/** "2019/20": April 2019 to March 2020. */
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

/** URL keys in the order they are written, so the same filter always gives the same URL. */
const ANALYSIS_FILTER_KEYS = ['from', 'to', 'fy', 'programme', 'ward', 'ethnic', 'age', 'sex', 'decile'] as const;

export const SEX_OPTIONS: readonly { value: Sex; label: string }[] = [
	{ value: 'FEMALE', label: 'Female' },
	{ value: 'MALE', label: 'Male' },
	{ value: 'OTHER', label: 'Other' },
	{ value: 'NOT_STATED', label: 'Not stated' }
];

export const DEPRIVATION_DECILES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/** "2019/20" is a financial year; "2019/21" and "2019-20" are not. */
export function isFinancialYear(value: string): boolean {
	const match = FINANCIAL_YEAR.exec(value);
	if (!match) return false;
	return (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** The financial year a month falls in: "2020-03" → "2019/20", "2020-04" → "2020/21". */
export function financialYearOf(month: YearMonth): string {
	const [year, monthOfYear] = month.split('-').map(Number);
	const start = monthOfYear >= 4 ? year : year - 1;
	return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Every financial year from the one holding `first` to the one holding `last`, oldest first. */
export function financialYearsBetween(first: YearMonth, last: YearMonth): string[] {
	const years: string[] = [];
	const from = Number(financialYearOf(first).slice(0, 4));
	const to = Number(financialYearOf(last).slice(0, 4));
	for (let year = from; year <= to; year++) years.push(financialYearOf(`${year}-04`));
	return years;
}

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

/** Reads the filter from the URL; anything malformed means "no filter" on that dimension. */
export function parseAnalysisFilter(params: URLSearchParams): AnalysisFilterState {
	let from = month(params, 'from');
	let to = month(params, 'to');
	if (from && to && from > to) [from, to] = [to, from];
	const fy = text(params, 'fy');
	return {
		from,
		to,
		financialYear: fy && isFinancialYear(fy) ? fy : null,
		programmeId: text(params, 'programme'),
		wardCode: text(params, 'ward'),
		ethnicGroup: text(params, 'ethnic'),
		ageBand: text(params, 'age'),
		sex: sex(text(params, 'sex')),
		deprivationDecile: decile(text(params, 'decile'))
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

/** The API's AnalysisFilter; whole months, periodTo inclusive. */
export function toAnalysisFilter(filter: AnalysisFilterState): AnalysisFilter {
	const result: AnalysisFilter = {};
	if (filter.from) result.periodFrom = firstDayOfMonth(filter.from);
	if (filter.to) result.periodTo = lastDayOfMonth(filter.to);
	if (filter.financialYear) result.financialYear = filter.financialYear;
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
export function describeAnalysisPeriod(
	filter: AnalysisFilterState,
	formatMonth: (month: YearMonth) => string
): string {
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
	if (filter.financialYear && months) return `financial year ${filter.financialYear}, ${months}`;
	if (filter.financialYear) return `financial year ${filter.financialYear}`;
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
	if (filter.financialYear) {
		const start = Number(filter.financialYear.slice(0, 4));
		froms.push(`${start}-04-01`);
		tos.push(`${start + 1}-03-31`);
	}
	return {
		from: froms.length ? froms.sort().at(-1)! : null,
		to: tos.length ? tos.sort()[0] : null
	};
}
