/** What a form sent, kept so a refused save shows the user what they typed, and read into typed values. */
export type KeptValues = Record<string, string | string[]>;

/** Every field of the form as typed; a field sent more than once (checkboxes) as a list. */
export function keptValues(form: FormData): KeptValues {
	const kept: KeptValues = {};
	for (const name of new Set(form.keys())) {
		const values = form.getAll(name).filter((value): value is string => typeof value === 'string');
		kept[name] = values.length === 1 ? values[0] : values;
	}
	return kept;
}

/** A field's kept text, or `fallback` when the form was not sent (or sent no such field). */
export function kept(values: KeptValues | null | undefined, name: string, fallback: string): string {
	const value = values?.[name];
	if (value === undefined) return fallback;
	return Array.isArray(value) ? (value[0] ?? '') : value;
}

/** A field's kept list (checkboxes), or `fallback` when the form was not sent. */
export function keptList(values: KeptValues | null | undefined, name: string, fallback: readonly string[]): string[] {
	if (!values) return [...fallback];
	const value = values[name];
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

/** Whether a checkbox shows ticked: as sent when the form was sent (an unticked box sends nothing), else `fallback`. */
export function keptChecked(values: KeptValues | null | undefined, name: string, fallback: boolean): boolean {
	if (!values) return fallback;
	return kept(values, name, '') === 'on';
}

export function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
}

/** Text, or null when left empty. */
export function optionalText(form: FormData, name: string): string | null {
	return text(form, name) || null;
}

export function list(form: FormData, name: string): string[] {
	return form
		.getAll(name)
		.filter((value): value is string => typeof value === 'string')
		.map((value) => value.trim());
}

/** A number typed in a field: null when empty, NaN when not a number. */
export function optionalNumber(form: FormData, name: string): number | null {
	const typed = text(form, name);
	return typed === '' ? null : Number(typed);
}

/** Today in the hub's time zone, as the API's dates are written (YYYY-MM-DD). */
export function todayInHub(now: Date): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
