/** What the QI forms show before anything is typed: the saved record, or sensible starting values. */
import type { PdsaCycle, QiProject } from '../queries/qi.queries';
import type { ChartMark, QiEditMeasure } from '../queries/qi-edit.queries';
import { scoreValue } from './qi-choices';
import { keptList, type KeptValues } from './form-values';

export type FormDefaults = Record<string, string>;

/** A new project starts today, planning, at 0.5 with no involvement; an existing one shows what is saved. */
export function projectDefaults(project: QiProject | null, scoredOn: string | null, today: string): FormDefaults {
	if (!project) {
		return {
			title: '',
			team: '',
			aim: '',
			serviceId: '',
			startedOn: today,
			endedOn: '',
			status: 'PLANNING',
			progressScore: '0.5',
			progressScoredOn: today,
			involvementLevel: 'NONE',
			involvementChangedOn: today
		};
	}
	const lastChange = [...project.involvementHistory].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn)).at(-1);
	return {
		title: project.title,
		team: project.team,
		aim: project.aim,
		serviceId: project.service?.id ?? '',
		startedOn: project.startedOn,
		endedOn: project.endedOn ?? '',
		status: project.status,
		progressScore: scoreValue(project.progressScore),
		progressScoredOn: scoredOn ?? today,
		involvementLevel: project.involvementLevel,
		involvementChangedOn: lastChange?.effectiveOn ?? project.startedOn
	};
}

/** A PDSA form's fields and its ticked measures. */
export interface PdsaDefaults {
	fields: FormDefaults;
	measureIds: string[];
}

/** A new cycle starts today with nothing ticked; a recorded one shows what is saved, to add its study, act and decision. */
export function pdsaDefaults(cycle: PdsaCycle | null, showOnServiceCharts: boolean, today: string): PdsaDefaults {
	if (!cycle) {
		return {
			fields: { changeIdea: '', plan: '', doNotes: '', study: '', act: '', startedOn: today, endedOn: '', decision: '', showOnServiceCharts: '' },
			measureIds: []
		};
	}
	return {
		fields: {
			changeIdea: cycle.changeIdea,
			plan: cycle.plan,
			doNotes: cycle.do,
			study: cycle.study,
			act: cycle.act,
			startedOn: cycle.startedOn,
			endedOn: cycle.endedOn ?? '',
			decision: cycle.decision ?? '',
			showOnServiceCharts: showOnServiceCharts ? 'on' : ''
		},
		measureIds: cycle.measures.map((measure) => measure.id)
	};
}

/** A new measure is an XmR chart where higher is better; a saved one shows what is saved. */
export function measureDefaults(measure: Pick<QiEditMeasure, 'name' | 'definition' | 'unit' | 'direction' | 'target' | 'chart'> | null): FormDefaults {
	if (!measure) return { name: '', definition: '', unit: '', direction: 'INCREASE', target: '', chart: 'XMR' };
	return {
		name: measure.name,
		definition: measure.definition,
		unit: measure.unit,
		direction: measure.direction,
		target: measure.target === null ? '' : String(measure.target),
		chart: measure.chart
	};
}

/**
 * The settings form's rows: each saved mark, then one empty row to add another; after a refused
 * save, the rows as they were typed.
 */
export function chartSettingsRows(measure: Pick<QiEditMeasure, 'chartSettings'>, typed: KeptValues | null = null) {
	const blank = { at: '', reason: '' };
	const rowsOf = (kind: 'rebase' | 'ghost', saved: ChartMark[]) => {
		if (!typed) return [...saved, blank];
		const ats = keptList(typed, `${kind}At`, []);
		const reasons = keptList(typed, `${kind}Reason`, []);
		const rows = ats.map((at, row) => ({ at, reason: reasons[row] ?? '' }));
		return rows.at(-1)?.at || rows.at(-1)?.reason || rows.length === 0 ? [...rows, blank] : rows;
	};
	return {
		rebases: rowsOf('rebase', measure.chartSettings.rebases),
		ghosts: rowsOf('ghost', measure.chartSettings.ghosts),
		target: measure.chartSettings.target === null ? '' : String(measure.chartSettings.target)
	};
}

/** The periods a rebase or ghost can be put at: every recorded value's, oldest first. */
export function periodChoices(values: readonly { periodStart: string }[]): string[] {
	return [...new Set(values.map((value) => value.periodStart))].sort();
}
