/**
 * The contract's KPI table for one quarter: each KPI's actual against its target, its RAG
 * status in words, its assurance icon and its last few quarters.
 */
import type { TableModel } from '$lib/ui/table-model';
import type { KpiQuarter, KpiReport } from '$lib/queries/contract.queries';
import type { AssuranceIcon, KpiUnit, RagStatus, VariationIcon } from '$lib/graphql/graphql';
import { formatMeasureValue } from '$lib/spc/spc-format';

/** Per point of a KPI's SPC chart, the reason a value is missing when it was not suppressed. */
export function kpiMissingReasons(report: KpiReport): (string | null)[] {
	const byPeriod = new Map(report.quarters.map((quarter) => [quarter.periodStart, quarter]));
	return report.spc.points.map((point) => {
		const quarter = byPeriod.get(point.period);
		return point.value === null && quarter && !quarter.suppressed ? quarter.reason : null;
	});
}

export interface QuarterOption {
	periodStart: string;
	label: string;
}

/** Every quarter any KPI reports, oldest first. */
export function quarterOptions(reports: readonly KpiReport[]): QuarterOption[] {
	const byStart = new Map<string, string>();
	for (const report of reports) for (const quarter of report.quarters) byStart.set(quarter.periodStart, quarter.label);
	return [...byStart].sort(([a], [b]) => a.localeCompare(b)).map(([periodStart, label]) => ({ periodStart, label }));
}

/** The latest quarter in which any KPI has an actual value; null when none has. */
export function latestReportedQuarter(reports: readonly KpiReport[]): QuarterOption | null {
	const reported = quarterOptions(reports).filter((option) =>
		reports.some((report) => report.quarters.some((quarter) => quarter.periodStart === option.periodStart && quarter.actual !== null))
	);
	return reported.at(-1) ?? null;
}

/** The quarter asked for when it exists, otherwise the latest with data, otherwise the last. */
export function chooseQuarter(reports: readonly KpiReport[], requested: string | null): QuarterOption | null {
	const options = quarterOptions(reports);
	return options.find((option) => option.periodStart === requested) ?? latestReportedQuarter(reports) ?? options.at(-1) ?? null;
}

export function kpiUnitSymbol(unit: KpiUnit): string {
	if (unit === 'PERCENT') return '%';
	if (unit === 'DAYS') return 'days';
	return '';
}

export function formatKpiValue(value: number | null, unit: KpiUnit): string {
	return formatMeasureValue(value, kpiUnitSymbol(unit));
}

const RAG_LABELS: Record<RagStatus, string> = { GREEN: 'Green: target met', AMBER: 'Amber: within tolerance', RED: 'Red: target missed' };

export function ragLabel(rag: RagStatus | null): string {
	return rag ? RAG_LABELS[rag] : 'No rating';
}

/** "Green", "Amber", "Red" or "None", for a badge where space is short. */
export function ragShortLabel(rag: RagStatus | null): string {
	return rag ? rag.charAt(0) + rag.slice(1).toLowerCase() : 'None';
}

/** A tolerance in the KPI's own scale: a percentage KPI's tolerance is in percentage points. */
export function toleranceWords(tolerance: number, unit: KpiUnit): string {
	if (unit === 'PERCENT') return `${formatMeasureValue(tolerance, '')} percentage ${tolerance === 1 ? 'point' : 'points'}`;
	return formatKpiValue(tolerance, unit);
}

export interface KpiQuarterRow {
	code: string;
	name: string;
	description: string;
	unit: KpiUnit;
	directionText: string;
	toleranceText: string;
	actual: number | null;
	target: number | null;
	actualText: string;
	targetText: string;
	rag: RagStatus | null;
	/** Why there is no value or rating, when the API says. */
	reason: string | null;
	suppressed: boolean;
	variation: VariationIcon | null;
	assurance: AssuranceIcon | null;
	/** The quarters up to and including the chosen one, at most `recentCount`, oldest first. */
	recent: { label: string; rag: RagStatus | null }[];
}

function recentQuarters(quarters: readonly KpiQuarter[], periodStart: string, count: number): KpiQuarter[] {
	return quarters.filter((quarter) => quarter.periodStart <= periodStart).slice(-count);
}

export function kpiQuarterRows(reports: readonly KpiReport[], periodStart: string, recentCount = 4): KpiQuarterRow[] {
	return reports.map(({ kpi, quarters, spc }) => {
		const quarter = quarters.find((candidate) => candidate.periodStart === periodStart) ?? null;
		const actual = quarter?.actual ?? null;
		const target = quarter?.target ?? null;
		return {
			code: kpi.code,
			name: kpi.name,
			description: kpi.description,
			unit: kpi.unit,
			directionText: kpi.direction === 'HIGHER' ? 'Higher is better' : 'Lower is better',
			toleranceText: `Amber within ${toleranceWords(kpi.tolerance, kpi.unit)} of target`,
			actual,
			target,
			// A withheld actual shows "*"; one that is simply missing (not reported, not computable) "—" with its reason.
			actualText: quarter && actual === null && !quarter.suppressed ? '—' : formatKpiValue(actual, kpi.unit),
			targetText: target === null ? '—' : formatKpiValue(target, kpi.unit),
			rag: quarter?.rag ?? null,
			reason: quarter?.reason ?? (quarter ? null : 'no report for this quarter'),
			suppressed: quarter?.suppressed ?? false,
			variation: spc.variation,
			assurance: spc.assurance,
			recent: recentQuarters(quarters, periodStart, recentCount).map((recent) => ({ label: recent.label, rag: recent.rag }))
		};
	});
}

/** The chosen quarter's rows as the download writes them; a withheld actual is null, with a value note. */
export function kpiQuarterTable(rows: readonly KpiQuarterRow[], quarterLabel: string): TableModel {
	return {
		caption: `KPIs for ${quarterLabel}`,
		columns: [
			{ label: 'Quarter', kind: 'text' },
			{ label: 'KPI', kind: 'text' },
			{ label: 'Unit', kind: 'text' },
			{ label: 'Target', kind: 'decimal' },
			{ label: 'Actual', kind: 'decimal' },
			{ label: 'RAG', kind: 'text' },
			{ label: 'Note', kind: 'text' }
		],
		rows: rows.map((row) => [quarterLabel, row.name, kpiUnitSymbol(row.unit) || 'count', row.target, row.actual, ragShortLabel(row.rag), row.reason ?? ''])
	};
}

/** What the KPI table's RAG and assurance mean, shown under the table and carried by its downloads. */
export const KPI_TABLE_DEFINITION =
	"Green: the target is met. Amber: short of the target by no more than the KPI's tolerance. Red: short by more than the tolerance.\nAssurance (Making Data Count): consistently passing when the target lies outside the process limits on the good side, consistently failing when it lies outside on the bad side, otherwise hit or miss.";

/** The target for each point of a KPI's SPC chart, matched by period, so the target line steps. */
export function kpiTargetsPerPoint(report: KpiReport): (number | null)[] {
	const byPeriod = new Map(report.quarters.map((quarter) => [quarter.periodStart, quarter.target]));
	return report.spc.points.map((point) => byPeriod.get(point.period) ?? null);
}
