/**
 * The QI portfolio's filters (held in the URL), the words for statuses, involvement levels and
 * IHI progress scores, and the portfolio's table (shown and downloaded as CSV).
 */
import type { InvolvementLevel, QiProjectFilter, QiProjectStatus } from '$lib/graphql/graphql';
import type { QiProjectSummary } from '$lib/queries/qi.queries';
import type { TableModel } from '$lib/ui/table-model';

export interface Option<T extends string> {
	value: T;
	/** How the value is written in the URL. */
	param: string;
	label: string;
}

export const QI_STATUSES: readonly Option<QiProjectStatus>[] = [
	{ value: 'PLANNING', param: 'planning', label: 'Planning' },
	{ value: 'TESTING', param: 'testing', label: 'Testing changes' },
	{ value: 'IMPLEMENTING', param: 'implementing', label: 'Implementing' },
	{ value: 'SUSTAINING', param: 'sustaining', label: 'Sustaining' },
	{ value: 'CLOSED', param: 'closed', label: 'Closed' }
];

export const INVOLVEMENT_LEVELS: readonly (Option<InvolvementLevel> & { meaning: string })[] = [
	{ value: 'BIG_I', param: 'big-i', label: 'Big I', meaning: 'service users or carers are members of the project team' },
	{ value: 'LITTLE_I', param: 'little-i', label: 'little i', meaning: 'service users or carers are consulted' },
	{ value: 'NONE', param: 'none', label: 'None', meaning: 'no service-user or carer involvement' }
];

export interface QiPortfolioFilter {
	status: QiProjectStatus | null;
	involvement: InvolvementLevel | null;
}

function fromParam<T extends string>(options: readonly Option<T>[], param: string | null): T | null {
	const wanted = param?.trim().toLowerCase();
	return options.find((option) => option.param === wanted)?.value ?? null;
}

/** Reads ?status=testing&involvement=big-i; anything unknown means "all". */
export function parseQiPortfolioFilter(params: URLSearchParams): QiPortfolioFilter {
	return {
		status: fromParam(QI_STATUSES, params.get('status')),
		involvement: fromParam(INVOLVEMENT_LEVELS, params.get('involvement'))
	};
}

/** The query string for a filter, "" when nothing is filtered. */
export function qiPortfolioSearch(filter: QiPortfolioFilter): string {
	const params = new URLSearchParams();
	if (filter.status) params.set('status', statusOption(filter.status).param);
	if (filter.involvement) params.set('involvement', involvementOption(filter.involvement).param);
	const search = params.toString();
	return search ? `?${search}` : '';
}

export function toQiProjectFilter(filter: QiPortfolioFilter): QiProjectFilter {
	const projectFilter: QiProjectFilter = {};
	if (filter.status) projectFilter.statuses = [filter.status];
	if (filter.involvement) projectFilter.involvementLevels = [filter.involvement];
	return projectFilter;
}

export function isQiFiltered(filter: QiPortfolioFilter): boolean {
	return Boolean(filter.status || filter.involvement);
}

function statusOption(status: QiProjectStatus): Option<QiProjectStatus> {
	return QI_STATUSES.find((option) => option.value === status) ?? QI_STATUSES[0];
}

function involvementOption(level: InvolvementLevel) {
	return INVOLVEMENT_LEVELS.find((option) => option.value === level) ?? INVOLVEMENT_LEVELS[2];
}

export function statusLabel(status: QiProjectStatus): string {
	return statusOption(status).label;
}

export function involvementLabel(level: InvolvementLevel): string {
	return involvementOption(level).label;
}

export function involvementMeaning(level: InvolvementLevel): string {
	return involvementOption(level).meaning;
}

/** The IHI progress scale, from 0.5 to 5.0 in half steps. */
const PROGRESS_SCALE: Record<string, string> = {
	'0.5': 'Intent to participate',
	'1.0': 'Charter and team established',
	'1.5': 'Planning for the project has begun',
	'2.0': 'Activity, but no changes',
	'2.5': 'Changes tested, but no improvement',
	'3.0': 'Modest improvement',
	'3.5': 'Improvement',
	'4.0': 'Significant improvement',
	'4.5': 'Sustainable improvement',
	'5.0': 'Outstanding sustainable results'
};

/** 4 → "4.0 Significant improvement"; a score off the scale is shown as its number. */
export function progressScoreLabel(score: number): string {
	const key = score.toFixed(1);
	const words = PROGRESS_SCALE[key];
	return words ? `${key} ${words}` : key;
}

/** The share of the 0.5–5.0 scale a score has reached, 0 to 1, for a progress bar. */
export function progressFraction(score: number): number {
	return Math.min(1, Math.max(0, score / 5));
}

/** One row per project; the table view and the CSV download are both made from it. */
export function portfolioTable(projects: readonly QiProjectSummary[]): TableModel {
	const text = (label: string) => ({ label, kind: 'text' as const });
	return {
		caption: 'QI projects',
		columns: [
			text('Project'),
			text('Team'),
			text('Service'),
			text('Status'),
			{ label: 'Progress score', kind: 'decimal' },
			text('Involvement'),
			text('Started'),
			text('Ended')
		],
		rows: projects.map((project) => [
			project.title,
			project.team,
			project.service?.name ?? 'Whole service',
			statusLabel(project.status),
			project.progressScore,
			involvementLabel(project.involvementLevel),
			project.startedOn,
			project.endedOn ?? ''
		])
	};
}
