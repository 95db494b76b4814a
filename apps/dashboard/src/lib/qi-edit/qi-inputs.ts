/**
 * The QI forms read into the API's inputs. What only the dashboard can know (a number that is
 * not one, a reason missing beside a rebase) is caught here; the API checks everything else.
 */
import { list, optionalNumber, optionalText, text } from './form-values';
import { parsePastedValues } from './paste-grid';
import type { ChartKind, InvolvementLevel, MeasureDirection, PdsaDecision, QiProjectStatus, RecordQiMeasureValuesMutationVariables } from '../graphql/graphql';
import type { ChartMark } from '../queries/qi-edit.queries';

export type Checked<T> = { ok: true; input: T } | { ok: false; errors: Record<string, string> };

export const PROJECT_FIELDS = [
	'title',
	'team',
	'aim',
	'serviceId',
	'startedOn',
	'endedOn',
	'status',
	'progressScore',
	'progressScoredOn',
	'involvementLevel',
	'involvementChangedOn'
] as const;
export const MEASURE_FIELDS = ['name', 'definition', 'unit', 'direction', 'target', 'chart'] as const;
export const PDSA_FIELDS = ['changeIdea', 'plan', 'doNotes', 'study', 'act', 'startedOn', 'endedOn', 'decision', 'measureIds', 'showOnServiceCharts'] as const;
export const ANNOTATION_FIELDS = ['measureId', 'notedOn', 'text'] as const;
export const FORUM_FIELDS = ['heldOn', 'notes', 'staffAttendees', 'serviceUserCarerAttendees', 'projectIdsDiscussed'] as const;
export const CHART_SETTINGS_FIELDS = ['rebases', 'ghosts', 'target'] as const;
export const VALUE_FIELDS = ['periodStart', 'value', 'reason', 'values', 'pasted'] as const;

function checked<T>(input: T, errors: Record<string, string>): Checked<T> {
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}

export function projectInput(form: FormData) {
	const progressScore = Number(text(form, 'progressScore'));
	const input = {
		title: text(form, 'title'),
		team: text(form, 'team'),
		aim: text(form, 'aim'),
		serviceId: optionalText(form, 'serviceId'),
		startedOn: text(form, 'startedOn'),
		endedOn: optionalText(form, 'endedOn'),
		// Choices pass as typed; the API refuses one outside its enum and the form shows why.
		status: text(form, 'status') as QiProjectStatus,
		progressScore,
		progressScoredOn: text(form, 'progressScoredOn'),
		involvementLevel: text(form, 'involvementLevel') as InvolvementLevel,
		involvementChangedOn: optionalText(form, 'involvementChangedOn')
	};
	return checked(input, Number.isFinite(progressScore) && progressScore > 0 ? {} : { progressScore: 'Choose a progress score.' });
}

export function measureInput(form: FormData) {
	const target = optionalNumber(form, 'target');
	const input = {
		name: text(form, 'name'),
		definition: text(form, 'definition'),
		unit: text(form, 'unit'),
		direction: text(form, 'direction') as MeasureDirection,
		chart: text(form, 'chart') as ChartKind,
		target
	};
	return checked(input, Number.isNaN(target) ? { target: 'Write the target as a number, or leave it empty.' } : {});
}

export function pdsaInput(form: FormData) {
	return checked(
		{
			changeIdea: text(form, 'changeIdea'),
			plan: text(form, 'plan'),
			doNotes: optionalText(form, 'doNotes'),
			study: optionalText(form, 'study'),
			act: optionalText(form, 'act'),
			startedOn: text(form, 'startedOn'),
			endedOn: optionalText(form, 'endedOn'),
			decision: optionalText(form, 'decision') as PdsaDecision | null,
			measureIds: list(form, 'measureIds'),
			showOnServiceCharts: form.get('showOnServiceCharts') === 'on'
		},
		{}
	);
}

export function annotationInput(form: FormData) {
	return checked({ measureId: optionalText(form, 'measureId'), notedOn: text(form, 'notedOn'), text: text(form, 'text') }, {});
}

export function forumInput(form: FormData) {
	const staffAttendees = Number(text(form, 'staffAttendees') || 'NaN');
	const serviceUserCarerAttendees = Number(text(form, 'serviceUserCarerAttendees') || 'NaN');
	const errors: Record<string, string> = {};
	if (!Number.isInteger(staffAttendees)) errors.staffAttendees = 'Write how many staff came, as a whole number.';
	if (!Number.isInteger(serviceUserCarerAttendees)) errors.serviceUserCarerAttendees = 'Write how many service users and carers came, as a whole number.';
	return checked(
		{
			heldOn: text(form, 'heldOn'),
			notes: text(form, 'notes'),
			staffAttendees,
			serviceUserCarerAttendees,
			projectIdsDiscussed: list(form, 'projectIdsDiscussed')
		},
		errors
	);
}

/** Marks sent as rows of `<kind>At` and `<kind>Reason`, less those ticked in `remove` (as "<kind>:<row>"). */
function chartMarks(form: FormData, kind: 'rebase' | 'ghost', label: string): { marks: ChartMark[]; error: string | null } {
	const ats = list(form, `${kind}At`);
	const reasons = list(form, `${kind}Reason`);
	const removed = new Set(list(form, 'remove'));
	const marks: ChartMark[] = [];
	let error: string | null = null;
	ats.forEach((at, row) => {
		const reason = reasons[row] ?? '';
		if (removed.has(`${kind}:${row}`) || (!at && !reason)) return;
		if (!at) error = `Choose the point each ${label} is at.`;
		else if (!reason) error = `Give the reason for each ${label}: every reader of the chart sees it.`;
		else marks.push({ at, reason });
	});
	return { marks: marks.sort((a, b) => a.at.localeCompare(b.at)), error };
}

export function chartSettingsInput(form: FormData) {
	const rebases = chartMarks(form, 'rebase', 'rebase');
	const ghosts = chartMarks(form, 'ghost', 'ghosted point');
	const target = optionalNumber(form, 'target');
	const errors: Record<string, string> = {};
	if (rebases.error) errors.rebases = rebases.error;
	if (ghosts.error) errors.ghosts = ghosts.error;
	if (Number.isNaN(target)) errors.target = 'Write the target as a number, or leave it empty.';
	return checked({ rebases: rebases.marks, ghosts: ghosts.marks, target }, errors);
}

export type ValuesToRecord = Omit<RecordQiMeasureValuesMutationVariables, 'measureId'>;

/** One value typed in, or an event date on a T chart. */
export function singleValueInput(form: FormData, eventDates: boolean): Checked<ValuesToRecord> {
	const periodStart = text(form, 'periodStart');
	const value = optionalNumber(form, 'value');
	if (!periodStart) return { ok: false, errors: { periodStart: 'Choose the date.' } };
	if (eventDates) return { ok: true, input: { values: [{ periodStart }], replace: false, reason: null } };
	if (value === null || Number.isNaN(value)) return { ok: false, errors: { value: 'Write the value as a number.' } };
	return { ok: true, input: { values: [{ periodStart, value }], replace: false, reason: null } };
}

/** The rows pasted from a spreadsheet; refused while any row has a problem, so nothing is saved by half. */
export function pastedValuesInput(form: FormData, options: { today: string; eventDates: boolean }): Checked<ValuesToRecord> {
	const pasted = parsePastedValues(String(form.get('pasted') ?? ''), options);
	if (pasted.overall) return { ok: false, errors: { pasted: pasted.overall } };
	if (pasted.problemCount > 0) {
		const rows = pasted.problemCount === 1 ? '1 row has a problem' : `${pasted.problemCount} rows have problems`;
		return { ok: false, errors: { pasted: `${rows}: fix them in the preview, or remove them, then save.` } };
	}
	if (pasted.values.length === 0) return { ok: false, errors: { pasted: 'Paste two columns: date and value.' } };
	const values = pasted.values.map((row) =>
		options.eventDates || row.value === null ? { periodStart: row.periodStart } : { periodStart: row.periodStart, value: row.value }
	);
	const replace = form.get('replace') === 'on';
	const reason = optionalText(form, 'reason');
	if (replace && !reason) return { ok: false, errors: { reason: 'Say why values already recorded are replaced.' } };
	return { ok: true, input: { values, replace, reason } };
}

export function correctionInput(form: FormData) {
	const value = optionalNumber(form, 'value');
	const errors: Record<string, string> = {};
	if (!text(form, 'periodStart')) errors.periodStart = 'Choose the value to correct.';
	if (value === null || Number.isNaN(value)) errors.value = 'Write the right value as a number.';
	if (!text(form, 'reason')) errors.reason = 'Say why the value was wrong.';
	return checked({ periodStart: text(form, 'periodStart'), value: value ?? 0, reason: text(form, 'reason') }, errors);
}
