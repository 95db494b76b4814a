import { describe, expect, it } from 'vitest';
import { fieldOf, formErrors } from './field-errors';

const projectFields = ['title', 'team', 'aim', 'progressScore', 'progressScoredOn', 'startedOn'];

describe('fieldOf', () => {
	it.each([
		['input.progressScore', 'progressScore'],
		['input.title', 'title'],
		['values[3].periodStart', 'values'],
		['input.rebases[0].reason', 'rebases'],
		['input.measureIds', 'measureIds'],
		['reason', 'reason'],
		['input', 'input']
	])('reads %s as the field %s', (argumentName, field) => {
		expect(fieldOf(argumentName)).toBe(field);
	});
});

describe('formErrors', () => {
	it('puts a field error beside the field the API named', () => {
		const errors = formErrors(
			[{ message: 'Invalid argument "input.progressScore": must be 0.5 to 5.0 in steps of 0.5.', code: 'BAD_USER_INPUT', argumentName: 'input.progressScore' }],
			projectFields,
			'Not saved.'
		);
		expect(errors).toEqual({ fields: { progressScore: 'must be 0.5 to 5.0 in steps of 0.5.' }, general: null, conflict: false });
	});

	it('splits one message that names several fields', () => {
		const errors = formErrors(
			[
				{
					message: 'Invalid argument "input.title": title must not be empty. Invalid argument "input.startedOn": must not be in the future.',
					code: 'BAD_USER_INPUT',
					argumentName: 'input.title'
				}
			],
			projectFields,
			'Not saved.'
		);
		expect(errors.fields).toEqual({ title: 'title must not be empty.', startedOn: 'must not be in the future.' });
	});

	it('uses the argument name when the message does not spell it out', () => {
		const errors = formErrors([{ message: 'Unknown service 99.', code: 'BAD_USER_INPUT', argumentName: 'input.team' }], projectFields, 'Not saved.');
		expect(errors.fields).toEqual({ team: 'Unknown service 99.' });
	});

	it('keeps a field the form does not show above the form, named', () => {
		const errors = formErrors(
			[{ message: 'Invalid argument "input.serviceId": no such service.', code: 'BAD_USER_INPUT', argumentName: 'input.serviceId' }],
			projectFields,
			'Not saved.'
		);
		expect(errors).toEqual({ fields: {}, general: 'input.serviceId: no such service.', conflict: false });
	});

	it('marks a conflict and shows its message above the form', () => {
		const message = 'E2E admin saved this project at 10:02 after you opened it; reload to see their change.';
		const errors = formErrors([{ message, code: 'CONFLICT', argumentName: null }], projectFields, 'Not saved.');
		expect(errors).toEqual({ fields: {}, general: message, conflict: true });
	});

	it('shows an error without an argument (a refusal) above the form', () => {
		const errors = formErrors([{ message: 'Only QI leads of this project may edit it.', code: 'FORBIDDEN', argumentName: null }], projectFields, 'Not saved.');
		expect(errors.general).toBe('Only QI leads of this project may edit it.');
	});

	it('falls back to the given message when the API said nothing usable', () => {
		expect(formErrors([], projectFields, 'The API is not reachable.').general).toBe('The API is not reachable.');
	});
});
