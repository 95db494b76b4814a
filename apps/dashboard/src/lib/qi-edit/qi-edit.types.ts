/** Shapes of what the QI workspace's forms read from the Hub API (schema/schema.graphql). */
import type { MeasureDirection } from '../spc-types';

export type ChartKindChoice = 'XMR' | 'T';

export interface ChartMark {
	at: string;
	reason: string;
}

export interface QiChartSettings {
	target: number | null;
	rebases: ChartMark[];
	ghosts: ChartMark[];
}

export interface QiEditMeasure {
	id: string;
	name: string;
	chart: ChartKindChoice;
	unit: string;
	definition: string;
	direction: MeasureDirection;
	target: number | null;
	chartSettings: QiChartSettings;
	values: { periodStart: string; value: number }[];
}

export interface QiEditProject {
	id: string;
	version: number;
	canEdit: boolean;
	progressScoredOn: string | null;
	measures: QiEditMeasure[];
	/** What the edit form needs of each cycle beyond what the page shows. */
	pdsaCycles: { id: string; showOnServiceCharts: boolean }[];
}

export interface ServiceChoice {
	id: string;
	name: string;
}

export interface QiForumMeeting {
	id: string;
	heldOn: string;
	notes: string;
	staffAttendees: number;
	serviceUserCarerAttendees: number;
	projectsDiscussed: { id: string; title: string }[];
}
