import { describe, expect, it } from 'vitest';
import { formState, UNSENT } from './form-state';

describe('formState', () => {
	it('is unsent when no form has been sent', () => {
		expect(formState(null, 'addMeasure')).toEqual(UNSENT);
	});

	it('is unsent for another form than the one that answered', () => {
		expect(formState({ form: 'recordPdsa', saved: 'Saved.', result: {} }, 'addMeasure')).toEqual(UNSENT);
	});

	it('keeps what was typed and the errors of a refused save', () => {
		const errors = { fields: { name: 'Taken.' }, general: null, conflict: false };
		expect(formState({ form: 'addMeasure', values: { name: 'Waits' }, errors }, 'addMeasure')).toEqual({ values: { name: 'Waits' }, errors, saved: null });
	});

	it('says what a save did', () => {
		expect(formState({ form: 'addMeasure', saved: 'Measure added.', result: {} }, 'addMeasure').saved).toBe('Measure added.');
	});
});
