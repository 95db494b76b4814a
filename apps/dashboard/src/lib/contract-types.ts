/** Shapes of the Hub API's contracts and KPI reports (schema/schema.graphql and the analytics contract). */
import type { SpcChart } from './spc-types';

export type KpiUnit = 'COUNT' | 'DAYS' | 'PERCENT';
type KpiDirection = 'HIGHER' | 'LOWER';
export type RagStatus = 'GREEN' | 'AMBER' | 'RED';

export interface Contract {
	id: string;
	code: string;
	title: string;
	startsOn: string;
	endsOn: string;
	extensionEndsOn: string | null;
	commissioner: { id: string; name: string };
	providers: { id: string; name: string }[];
}

interface Kpi {
	id: string;
	code: string;
	name: string;
	description: string;
	unit: KpiUnit;
	direction: KpiDirection;
	tolerance: number;
}

export interface KpiQuarter {
	periodStart: string;
	label: string;
	actual: number | null;
	target: number | null;
	rag: RagStatus | null;
	reason: string | null;
	numerator: number | null;
	denominator: number | null;
}

export interface KpiReport {
	kpi: Kpi;
	quarters: KpiQuarter[];
	spc: SpcChart;
}
