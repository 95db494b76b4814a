import type { AnalysisFilter, ReferralFilter } from './graphql/graphql';
import { firstDayOfMonth, isYearMonth, lastDayOfMonth, type YearMonth } from './month';

/** The Overview's filters, as held in the URL query string so a view can be shared. */
export interface OverviewFilter {
	/** First month included, or null for "from the first referral". */
	from: YearMonth | null;
	/** Last month included, or null for "up to the latest referral". */
	to: YearMonth | null;
	/** A programme id, or null for all programmes. */
	programmeId: string | null;
}

export const ALL_REFERRALS: OverviewFilter = { from: null, to: null, programmeId: null };

function monthParam(params: URLSearchParams, name: string): YearMonth | null {
	const value = params.get(name)?.trim() ?? '';
	return isYearMonth(value) ? value : null;
}

/** Reads ?from=YYYY-MM&to=YYYY-MM&programme=<id>; anything malformed means "no filter". */
export function parseOverviewFilter(params: URLSearchParams): OverviewFilter {
	const from = monthParam(params, 'from');
	const to = monthParam(params, 'to');
	const programmeId = params.get('programme')?.trim() || null;
	// A reversed period is almost always a slip; read it the way round that has meaning.
	if (from && to && from > to) return { from: to, to: from, programmeId };
	return { from, to, programmeId };
}

/** The query string for a filter, "" when nothing is filtered. Keys keep a fixed order. */
export function overviewSearch(filter: OverviewFilter): string {
	const params = new URLSearchParams();
	if (filter.from) params.set('from', filter.from);
	if (filter.to) params.set('to', filter.to);
	if (filter.programmeId) params.set('programme', filter.programmeId);
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** The API's ReferralFilter for the Overview filter; whole months, receivedTo inclusive. */
export function toReferralFilter(filter: OverviewFilter): ReferralFilter {
	const referralFilter: ReferralFilter = {};
	if (filter.from) referralFilter.receivedFrom = firstDayOfMonth(filter.from);
	if (filter.to) referralFilter.receivedTo = lastDayOfMonth(filter.to);
	if (filter.programmeId) referralFilter.programmeIds = [filter.programmeId];
	return referralFilter;
}

export function isFiltered(filter: OverviewFilter): boolean {
	return Boolean(filter.from || filter.to || filter.programmeId);
}

/** The period in words, e.g. "April 2019 to March 2020" or "all months". */
export function describePeriod(filter: OverviewFilter, formatMonth: (month: YearMonth) => string): string {
	if (filter.from && filter.to) {
		return filter.from === filter.to
			? formatMonth(filter.from)
			: `${formatMonth(filter.from)} to ${formatMonth(filter.to)}`;
	}
	if (filter.from) return `from ${formatMonth(filter.from)} onwards`;
	if (filter.to) return `up to ${formatMonth(filter.to)}`;
	return 'all months';
}

/** The analytics queries' AnalysisFilter for the Overview filter; whole months, periodTo inclusive. */
export function toOverviewAnalysisFilter(filter: OverviewFilter): AnalysisFilter {
	const analysisFilter: AnalysisFilter = {};
	if (filter.from) analysisFilter.periodFrom = firstDayOfMonth(filter.from);
	if (filter.to) analysisFilter.periodTo = lastDayOfMonth(filter.to);
	if (filter.programmeId) analysisFilter.programmeIds = [filter.programmeId];
	return analysisFilter;
}
