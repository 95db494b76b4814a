/**
 * The API's refusal of a save, turned into what a form shows: a message beside each field the
 * API named ("input.progressScore" is the form's progressScore), and the rest above the form.
 */

/** One error as the API reported it (the dashboard's GraphQL client keeps these). */
export interface ReportedProblem {
	message: string;
	code: string | null;
	argumentName: string | null;
}

export interface FormErrors {
	/** Messages by the form field they are about. */
	fields: Record<string, string>;
	/** What no field of the form can show. */
	general: string | null;
	/** True when someone else saved the record since the form was read. */
	conflict: boolean;
}

export const NO_ERRORS: FormErrors = { fields: {}, general: null, conflict: false };

/**
 * The form field an argument path names: "input.progressScore" → "progressScore",
 * "values[3].periodStart" → "values", "input.rebases[0].reason" → "rebases", "reason" → "reason".
 */
export function fieldOf(argumentName: string): string {
	const parts = argumentName.split('.');
	const named = parts[0] === 'input' && parts.length > 1 ? parts[1] : parts[0];
	return named.replace(/\[\d+\]$/, '');
}

const INVALID_ARGUMENT = /Invalid argument "([^"]+)": ([\s\S]*?)(?=\s*Invalid argument "|$)/g;

/** Each `Invalid argument "name": why.` of a message, or the whole message against the error's own argument. */
function namedParts(problem: ReportedProblem): { argumentName: string | null; text: string }[] {
	const parts = [...problem.message.matchAll(INVALID_ARGUMENT)].map((match) => ({ argumentName: match[1], text: match[2].trim() }));
	return parts.length > 0 ? parts : [{ argumentName: problem.argumentName, text: problem.message }];
}

/** The API's problems placed on the form whose fields are `fields`. */
export function formErrors(problems: readonly ReportedProblem[], fields: readonly string[], fallback: string): FormErrors {
	const errors: FormErrors = { fields: {}, general: null, conflict: false };
	const general: string[] = [];
	for (const problem of problems) {
		if (problem.code === 'CONFLICT') {
			errors.conflict = true;
			general.push(problem.message);
			continue;
		}
		for (const part of namedParts(problem)) {
			const field = part.argumentName ? fieldOf(part.argumentName) : null;
			if (field && fields.includes(field)) errors.fields[field] = joinMessages(errors.fields[field], part.text);
			else general.push(part.argumentName && part.text !== problem.message ? `${part.argumentName}: ${part.text}` : part.text);
		}
	}
	errors.general = general.length > 0 ? general.join(' ') : problems.length === 0 ? fallback : null;
	return errors;
}

function joinMessages(before: string | undefined, text: string): string {
	return before ? `${before} ${text}` : text;
}

/** Errors of a check made before asking the API, by field. */
export function fieldProblems(fields: Record<string, string>): FormErrors {
	return { fields, general: null, conflict: false };
}
