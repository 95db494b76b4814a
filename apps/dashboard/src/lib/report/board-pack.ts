/**
 * The quarterly board pack: which quarter and periods it covers, and its KPI and uptake-gap rows
 * in the words a board reads. The figures are the API's; nothing here computes a statistic.
 */
import { financialYear, financialYearRange } from '@hub/analytics';
import type { ReferralFilter } from '$lib/graphql/graphql';
import type { KpiReport } from '$lib/queries/contract.queries';
import type { Uptake } from '$lib/queries/uptake.queries';
import { kpiQuarterRows, quarterOptions, latestReportedQuarter, ragShortLabel, type KpiQuarterRow, type QuarterOption } from '$lib/contract/kpi-quarters';
import { quarterEnd } from '$lib/contract/contract-term';
import { assuranceBadge } from '$lib/spc/spc-icons';
import { formatLocalDate } from '$lib/spc/spc-format';
import { formatCi, formatPercent, formatSuppressed } from '$lib/ui/format';
import { formatUptake } from '$lib/communities/uptake';

/** The periods the pack covers: KPIs for the quarter, outcomes and uptake for the financial year to its end. */
export interface ReportPeriods {
	quarter: QuarterOption;
	quarterText: string;
	financialYear: string;
	yearToDate: { from: string; to: string };
	yearToDateText: string;
}

export function reportPeriods(quarter: QuarterOption): ReportPeriods {
	const to = quarterEnd(quarter.periodStart);
	const year = financialYear(quarter.periodStart);
	const from = financialYearRange(year).start;
	return {
		quarter,
		quarterText: `${quarter.label} (${formatLocalDate(quarter.periodStart)} to ${formatLocalDate(to)})`,
		financialYear: year,
		yearToDate: { from, to },
		yearToDateText: `financial year ${year} to date: referrals received from ${formatLocalDate(from)} to ${formatLocalDate(to)}`
	};
}

/** The outcome and uptake figures' filter: referrals received in the financial year to the quarter's end. */
export function yearToDateFilter(periods: ReportPeriods): ReferralFilter {
	return { periodFrom: periods.yearToDate.from, periodTo: periods.yearToDate.to };
}

/** The quarter asked for, or the latest with an actual; null when the contract has no such quarter. */
export function reportQuarter(reports: readonly KpiReport[], requested: string | null): QuarterOption | null {
	const options = quarterOptions(reports);
	if (requested) return options.find((option) => option.periodStart === requested) ?? null;
	return latestReportedQuarter(reports) ?? options.at(-1) ?? null;
}

/** "twl-2018-board-pack-2019-20-Q1.pdf": the quarter "Q1 2019/20" written to sort and to fit a file name. */
export function boardPackFileName(contractCode: string, quarterLabel: string): string {
	const match = /^Q([1-4]) (\d{4})\/(\d{2})$/.exec(quarterLabel);
	const quarter = match ? `${match[2]}-${match[3]}-Q${match[1]}` : quarterLabel;
	return `${contractCode}-board-pack-${quarter}`.replace(/[^A-Za-z0-9._-]+/g, '-') + '.pdf';
}

export interface KpiSummaryRow extends KpiQuarterRow {
	ragText: string;
	assuranceText: string;
	/** The count a figure rests on: a percentage's denominator, the starts a wait is over, or a count itself. */
	nText: string;
}

/** "120" for a computed figure's n, "*" when withheld, "reported" for a figure the provider reported. */
function kpiN(report: KpiReport, periodStart: string): string {
	const quarter = report.quarters.find((candidate) => candidate.periodStart === periodStart);
	if (!quarter) return '—';
	if (quarter.denominator !== null) return formatSuppressed(quarter.denominator);
	if (quarter.numerator !== null) return formatSuppressed(quarter.numerator);
	if (quarter.suppressed) return '*';
	return quarter.actual === null ? '—' : 'reported';
}

export function kpiSummaryRows(reports: readonly KpiReport[], periodStart: string): KpiSummaryRow[] {
	return kpiQuarterRows(reports, periodStart).map((row, index) => ({
		...row,
		ragText: ragShortLabel(row.rag),
		assuranceText: assuranceBadge(row.assurance)?.label ?? 'No assurance icon',
		nText: kpiN(reports[index], periodStart)
	}));
}

export interface UptakeGapRow {
	key: string;
	label: string;
	referrals: string;
	share: string;
	shareCi: string;
	populationShare: string;
	gap: string;
	gapCi: string;
	underRepresented: boolean;
	/** Why a figure is missing, in the API's words. */
	note: string | null;
}

/** One row per group: its share of referrals against its share of the eligible population, and the gap. */
export function uptakeGapRows(uptake: Uptake): UptakeGapRow[] {
	const points = (value: number) => formatUptake('gap', value);
	return uptake.groups.map((group) => ({
		key: group.key,
		label: group.label,
		referrals: formatSuppressed(group.referrals),
		share: formatPercent(group.share.estimate, 1),
		shareCi: formatCi(group.share.lower, group.share.upper, (value) => formatPercent(value, 1)),
		populationShare: formatPercent(group.populationShare, 1),
		gap: group.gap.estimate === null ? '*' : points(group.gap.estimate),
		gapCi: formatCi(group.gap.lower, group.gap.upper, points),
		underRepresented: group.underRepresented === true,
		note: group.gap.estimate === null ? (group.gap.reason ?? group.reason ?? group.share.reason) : null
	}));
}

const generatedFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/London',
	timeZoneName: 'short'
});

/** "3 March 2025, 14:05 GMT": when the pack was made, in UK time. */
export function formatGeneratedAt(iso: string): string {
	return generatedFormat.format(new Date(iso));
}
