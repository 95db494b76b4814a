import { fail, type RequestEvent } from '@sveltejs/kit';
import { errorMessage } from '$lib/load-result';
import { fieldProblems, formErrors, type FormErrors } from '$lib/qi-edit/field-errors';
import type { QiFormFailure, QiFormSuccess } from '$lib/qi-edit/form-state';
import { keptValues, type KeptValues } from '$lib/qi-edit/form-values';
import type { Checked } from '$lib/qi-edit/qi-inputs';
import type { TypedDocumentString } from '$lib/graphql/graphql';
import { ApiError, type VariablesOf } from './graphql.client';
import { hubApi } from './hub-api';

export interface QiSave<TInput, TData, TVariables> {
	/** The form's name; per measure, e.g. "recordValues:12", when a page has one such form per measure. */
	form: string | ((data: FormData) => string);
	fields: readonly string[];
	read: (data: FormData) => Checked<TInput>;
	document: TypedDocumentString<TData, TVariables>;
	variables: (input: TInput, data: FormData) => TVariables;
	saved: string;
	/** Runs before the save, e.g. to refuse a role that may not edit. */
	refuse?: string | null;
}

/**
 * A QI form action: the form read into the API's input, one mutation as the signed-in user, and on
 * refusal the typed values with the API's errors placed on the form's fields. SvelteKit re-runs
 * the page's load after a successful action, so the page shows the change at once.
 */
export async function qiSave<TInput, TData, TVariables>(event: Pick<RequestEvent, 'fetch' | 'locals' | 'request'>, save: QiSave<TInput, TData, TVariables>) {
	const data = await event.request.formData();
	const values = keptValues(data);
	const form = typeof save.form === 'string' ? save.form : save.form(data);
	if (save.refuse) return fail(403, failure(form, values, formErrors([], save.fields, save.refuse)));
	const checked = save.read(data);
	if (!checked.ok) return fail(400, failure(form, values, fieldProblems(checked.errors)));
	try {
		// Every QI save takes variables, which TypeScript cannot see through the generic.
		const result = await hubApi(event).request(save.document, ...([save.variables(checked.input, data)] as VariablesOf<TVariables>));
		return { form, saved: save.saved, result } satisfies QiFormSuccess;
	} catch (error) {
		const problems = error instanceof ApiError ? error.problems : [];
		const status = problems.some((problem) => problem.code === 'CONFLICT') ? 409 : 400;
		return fail(status, failure(form, values, formErrors(problems, save.fields, `Not saved: ${errorMessage(error)}`)));
	}
}

function failure(form: string, values: KeptValues, errors: FormErrors): QiFormFailure {
	return { form, values, errors };
}
