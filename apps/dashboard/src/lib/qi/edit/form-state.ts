/** What a QI form action answered, picked out for the one form a component renders. */
import { NO_ERRORS, type FormErrors } from './field-errors';
import type { KeptValues } from './form-values';

/** A refused save: what was typed, and why it was refused. */
export interface QiFormFailure {
	form: string;
	values: KeptValues;
	errors: FormErrors;
}

/** A save: which form, and a sentence saying what happened. */
export interface QiFormSuccess<T = unknown> {
	form: string;
	saved: string;
	result: T;
}

export interface QiFormState {
	/** What was typed, when the save was refused; null otherwise (the form shows what is saved). */
	values: KeptValues | null;
	errors: FormErrors;
	saved: string | null;
}

export const UNSENT: QiFormState = { values: null, errors: NO_ERRORS, saved: null };

/** The state of form `name`, from the page's `form` (the last action's answer, whichever form sent it). */
export function formState(answer: unknown, name: string): QiFormState {
	if (!answer || typeof answer !== 'object' || (answer as { form?: unknown }).form !== name) return UNSENT;
	if ('errors' in answer) {
		const failure = answer as QiFormFailure;
		return { values: failure.values, errors: failure.errors, saved: null };
	}
	return { values: null, errors: NO_ERRORS, saved: (answer as QiFormSuccess).saved };
}
