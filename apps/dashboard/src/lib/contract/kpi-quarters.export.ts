/**
 * Every quarter of every KPI of a contract, one row each, for the board's downloads: the CSV and
 * the XLSX are both written from these rows, so the two files always agree.
 */
import type { AssuranceIcon, KpiPeriod, KpiUnit, RagStatus } from '$lib/graphql/graphql';
import type { KpiReport } from '$lib/queries/contract.queries';
import type { Download, DownloadMeta, ValueType } from '$lib/export/download';
import { formatValue, SUPPRESSED_VALUE_NOTE } from '$lib/export/download';
import { fileSlug } from '$lib/export/file-name';
import { assuranceBadge } from '$lib/spc/spc-icons';
import { kpiUnitSymbol, ragShortLabel } from './kpi-quarters';

export interface KpiExportRow {
	code: string;
	name: string;
	unit: KpiUnit;
	quarter: string;
	periodStart: string;
	periodEnd: string;
	/** In the KPI's unit: 70 is 70%. */
	actual: number | null;
	numerator: number | null;
	denominator: number | null;
	/** What the actual rests on: a percentage's denominator, the starts behind a wait, or the count itself. */
	n: number | null;
	target: number | null;
	rag: RagStatus | null;
	assurance: AssuranceIcon | null;
	/** Why the actual is missing, Fingertips's "Value note"; empty when it is shown. */
	valueNote: string;
	/** How the actual stands against the target, as the API words it. */
	ragReason: string;
}

const PERIOD_MONTHS: Record<KpiPeriod, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** The last day of a period that starts on `start` (an ISO date). */
export function periodEnd(start: string, period: KpiPeriod): string {
	const [year, month] = start.split('-').map(Number);
	// Day 0 of the month after the period is its last day.
	return new Date(Date.UTC(year, month - 1 + PERIOD_MONTHS[period], 0)).toISOString().slice(0, 10);
}

export function kpiExportRows(reports: readonly KpiReport[]): KpiExportRow[] {
	return reports.flatMap(({ kpi, quarters, spc }) =>
		quarters.map((quarter) => ({
			code: kpi.code,
			name: kpi.name,
			unit: kpi.unit,
			quarter: quarter.label,
			periodStart: quarter.periodStart,
			periodEnd: periodEnd(quarter.periodStart, kpi.period),
			actual: quarter.actual,
			numerator: quarter.numerator,
			denominator: quarter.denominator,
			n: quarter.denominator ?? quarter.numerator,
			target: quarter.target,
			rag: quarter.rag,
			assurance: spc.assurance,
			valueNote: quarter.suppressed ? SUPPRESSED_VALUE_NOTE : quarter.actual === null ? (quarter.reason ?? 'No value') : '',
			ragReason: quarter.actual === null ? '' : (quarter.reason ?? '')
		}))
	);
}

export function assuranceWords(icon: AssuranceIcon | null): string {
	return assuranceBadge(icon)?.label ?? 'No assurance icon';
}

/** A count KPI's figures are whole numbers; percentages (in points) and waits in days keep 1 dp. */
function kpiValueType(unit: KpiUnit): ValueType {
	return unit === 'COUNT' ? 'count' : 'decimal';
}

export const KPI_EXPORT_COLUMNS = [
	'KPI code',
	'KPI',
	'Quarter',
	'Period start',
	'Period end',
	'Unit',
	'Actual',
	'Numerator',
	'Denominator',
	'n',
	'Target',
	'RAG',
	'Assurance',
	'RAG reason'
] as const;

/** The rows as the CSV writes them; actual and target at the precision of the KPI's unit. */
export function kpiDownload(rows: readonly KpiExportRow[], meta: DownloadMeta): Download {
	const types: ValueType[] = ['text', 'text', 'text', 'date', 'date', 'text', 'text', 'count', 'count', 'count', 'text', 'text', 'text', 'text'];
	return {
		meta,
		columns: KPI_EXPORT_COLUMNS.map((label, index) => ({ label, type: types[index] })),
		rows: rows.map((row) => {
			const value = (figure: number | null) => (figure === null ? null : formatValue(kpiValueType(row.unit), figure));
			return {
				cells: [
					row.code,
					row.name,
					row.quarter,
					row.periodStart,
					row.periodEnd,
					kpiUnitSymbol(row.unit) || 'count',
					value(row.actual),
					row.numerator,
					row.denominator,
					row.n,
					value(row.target),
					ragShortLabel(row.rag),
					assuranceWords(row.assurance),
					row.ragReason
				],
				valueNote: row.valueNote
			};
		})
	};
}

/** kpis_contract-WB-2023_all-quarters.csv: the contract code keeps its case, as it is written on the contract. */
export function kpiExportFileName(contractCode: string, extension: 'csv' | 'xlsx'): string {
	return `kpis_contract-${fileSlug(contractCode, true)}_all-quarters.${extension}`;
}
