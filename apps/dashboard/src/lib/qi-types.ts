/** Shapes of the Hub API's QI projects (schema/schema.graphql and the analytics contract). */
import type { SpcChart, MeasureDirection } from './spc-types';

export type QiProjectStatus = 'PLANNING' | 'TESTING' | 'IMPLEMENTING' | 'SUSTAINING' | 'CLOSED';
export type InvolvementLevel = 'BIG_I' | 'LITTLE_I' | 'NONE';
export type PdsaDecision = 'ADOPT' | 'ADAPT' | 'ABANDON';

export interface QiProjectFilter {
	statuses?: QiProjectStatus[];
	involvementLevels?: InvolvementLevel[];
}

export interface QiProjectSummary {
	id: string;
	code: string;
	title: string;
	team: string;
	status: QiProjectStatus;
	progressScore: number;
	involvementLevel: InvolvementLevel;
	startedOn: string;
	endedOn: string | null;
	service: { id: string; name: string } | null;
}

export interface InvolvementChange {
	effectiveOn: string;
	level: InvolvementLevel;
}

export interface QiAnnotation {
	id: string;
	notedOn: string;
	text: string;
	measure: { id: string; name: string } | null;
}

export interface PdsaCycle {
	id: string;
	sequence: number;
	changeIdea: string;
	plan: string;
	do: string;
	study: string;
	act: string;
	decision: PdsaDecision | null;
	startedOn: string;
	endedOn: string | null;
	measures: { id: string; name: string }[];
}

export interface QiMeasure {
	id: string;
	name: string;
	description: string;
	unit: string;
	direction: MeasureDirection;
	target: number | null;
	spc: SpcChart;
}

export interface QiProject extends QiProjectSummary {
	aim: string;
	involvementHistory: InvolvementChange[];
	measures: QiMeasure[];
	pdsaCycles: PdsaCycle[];
	annotations: QiAnnotation[];
}

interface Proportion {
	numerator: number | null;
	denominator: number | null;
	estimate: number | null;
	lower: number | null;
	upper: number | null;
	suppressed: boolean;
	reason: string | null;
}

export interface InvolvementPoint {
	month: string;
	activeProjects: number;
	involvedProjects: number;
	bigIProjects: number;
	share: Proportion;
}
