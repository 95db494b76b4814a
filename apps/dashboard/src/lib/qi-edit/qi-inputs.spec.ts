import { describe, expect, it } from 'vitest';
import { chartSettingsInput, correctionInput, forumInput, measureInput, pastedValuesInput, pdsaInput, projectInput, singleValueInput } from './qi-inputs';

function formOf(entries: [string, string][]): FormData {
	const form = new FormData();
	for (const [name, value] of entries) form.append(name, value);
	return form;
}

const today = '2025-06-15';

describe('projectInput', () => {
	it('reads the score as a number and empty optional fields as null', () => {
		const checked = projectInput(
			formOf([
				['title', ' Faster triage '],
				['team', 'Triage'],
				['aim', 'Halve waits'],
				['serviceId', ''],
				['startedOn', '2025-01-06'],
				['endedOn', ''],
				['status', 'TESTING'],
				['progressScore', '2.5'],
				['progressScoredOn', '2025-02-01'],
				['involvementLevel', 'BIG_I'],
				['involvementChangedOn', '']
			])
		);
		expect(checked).toEqual({
			ok: true,
			input: {
				title: 'Faster triage',
				team: 'Triage',
				aim: 'Halve waits',
				serviceId: null,
				startedOn: '2025-01-06',
				endedOn: null,
				status: 'TESTING',
				progressScore: 2.5,
				progressScoredOn: '2025-02-01',
				involvementLevel: 'BIG_I',
				involvementChangedOn: null
			}
		});
	});

	it('asks for a score when none was chosen', () => {
		expect(projectInput(formOf([['title', 'x']]))).toEqual({ ok: false, errors: { progressScore: 'Choose a progress score.' } });
	});
});

describe('measureInput', () => {
	it('refuses a target that is not a number', () => {
		expect(measureInput(formOf([['target', 'high']]))).toEqual({ ok: false, errors: { target: 'Write the target as a number, or leave it empty.' } });
	});

	it('reads no target as null', () => {
		const checked = measureInput(
			formOf([
				['name', 'Days to triage'],
				['unit', 'days'],
				['direction', 'DECREASE'],
				['chart', 'XMR'],
				['definition', ''],
				['target', '']
			])
		);
		expect(checked.ok && checked.input.target).toBeNull();
	});
});

describe('pdsaInput', () => {
	it('reads the ticked measures and leaves an undecided cycle without a decision', () => {
		const checked = pdsaInput(
			formOf([
				['changeIdea', 'Phone first'],
				['plan', 'Call'],
				['startedOn', '2025-03-01'],
				['decision', ''],
				['measureIds', '4'],
				['measureIds', '7']
			])
		);
		expect(checked.ok && checked.input).toMatchObject({ measureIds: ['4', '7'], decision: null, endedOn: null, showOnServiceCharts: false });
	});
});

describe('forumInput', () => {
	it('asks for whole numbers of attendees', () => {
		const checked = forumInput(
			formOf([
				['heldOn', '2025-03-01'],
				['staffAttendees', '2.5'],
				['serviceUserCarerAttendees', '']
			])
		);
		expect(checked.ok ? null : Object.keys(checked.errors)).toEqual(['staffAttendees', 'serviceUserCarerAttendees']);
	});
});

describe('chartSettingsInput', () => {
	it('pairs each point with its reason, oldest first, less the removed ones and empty rows', () => {
		const checked = chartSettingsInput(
			formOf([
				['rebaseAt', '2025-03-01'],
				['rebaseReason', 'New triage rota'],
				['rebaseAt', '2024-10-01'],
				['rebaseReason', 'Phone first'],
				['rebaseAt', ''],
				['rebaseReason', ''],
				['ghostAt', '2024-12-01'],
				['ghostReason', 'IT outage'],
				['remove', 'rebase:0'],
				['target', '5']
			])
		);
		expect(checked).toEqual({
			ok: true,
			input: { rebases: [{ at: '2024-10-01', reason: 'Phone first' }], ghosts: [{ at: '2024-12-01', reason: 'IT outage' }], target: 5 }
		});
	});

	it('refuses a rebase without a reason', () => {
		const checked = chartSettingsInput(
			formOf([
				['rebaseAt', '2025-03-01'],
				['rebaseReason', ' ']
			])
		);
		expect(checked).toEqual({ ok: false, errors: { rebases: 'Give the reason for each rebase: every reader of the chart sees it.' } });
	});
});

describe('singleValueInput', () => {
	it('reads a value for a period', () => {
		expect(
			singleValueInput(
				formOf([
					['periodStart', '2025-04-01'],
					['value', '12']
				]),
				false
			)
		).toEqual({
			ok: true,
			input: { values: [{ periodStart: '2025-04-01', value: 12 }], replace: false, reason: null }
		});
	});

	it('sends only the date of an event on a T chart', () => {
		const checked = singleValueInput(
			formOf([
				['periodStart', '2025-04-03'],
				['value', '']
			]),
			true
		);
		expect(checked.ok && checked.input.values).toEqual([{ periodStart: '2025-04-03' }]);
	});
});

describe('pastedValuesInput', () => {
	it('sends the pasted values oldest first', () => {
		const checked = pastedValuesInput(formOf([['pasted', 'Month\tValue\nMay 2025\t4\nApr 2025\t3']]), { today, eventDates: false });
		expect(checked.ok && checked.input.values).toEqual([
			{ periodStart: '2025-04-01', value: 3 },
			{ periodStart: '2025-05-01', value: 4 }
		]);
	});

	it('refuses to save while a row has a problem', () => {
		const checked = pastedValuesInput(formOf([['pasted', 'Apr 2025\t3\nMay 2025\tx']]), { today, eventDates: false });
		expect(checked).toEqual({ ok: false, errors: { pasted: '1 row has a problem: fix them in the preview, or remove them, then save.' } });
	});

	it('asks why when replacing recorded values', () => {
		const checked = pastedValuesInput(
			formOf([
				['pasted', 'Apr 2025\t3'],
				['replace', 'on']
			]),
			{ today, eventDates: false }
		);
		expect(checked).toEqual({ ok: false, errors: { reason: 'Say why values already recorded are replaced.' } });
	});
});

describe('correctionInput', () => {
	it('needs the value, the new figure and the reason', () => {
		const checked = correctionInput(
			formOf([
				['periodStart', ''],
				['value', ''],
				['reason', '']
			])
		);
		expect(checked.ok ? [] : Object.keys(checked.errors)).toEqual(['periodStart', 'value', 'reason']);
	});
});
