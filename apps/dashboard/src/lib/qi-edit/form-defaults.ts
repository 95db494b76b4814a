/** What the QI forms show before anything is typed: the saved record, or sensible starting values. */
import type { QiProject } from '../qi-types';
import { scoreValue } from './qi-choices';
import { keptList, type KeptValues } from './form-values';
import type { ChartMark, QiEditMeasure } from './qi-edit.types';

export type FormDefaults = Record<string, string>;

/** A new project starts today, planning, at 0.5 with no involvement; an existing one shows what is saved. */
export function projectDefaults(project: QiProject | null, scoredOn: string | null, today: string): FormDefaults {
	if (!project) {
		return {
			title: '', team: '', aim: '', serviceId: '', startedOn: today, endedOn: '', status: 'PLANNING',
			progressScore: '0.5', progressScoredOn: today, involvementLevel: 'NONE', involvementChangedOn: today
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
