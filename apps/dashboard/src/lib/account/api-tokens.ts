import type { ApiToken } from '$lib/queries/account.queries';

export type TokenState = 'Live' | 'Revoked' | 'Expired';

/** Whether a token still works: revoked outranks expired. */
export function tokenState(token: ApiToken, now: Date): TokenState {
	if (token.revokedAt) return 'Revoked';
	return Date.parse(token.expiresAt) <= now.getTime() ? 'Expired' : 'Live';
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

/** An instant from the API in the hub's time zone, "—" when there is none. */
export function formatInstant(value: string | null): string {
	return value ? dateTime.format(new Date(value)) : '—';
}

/** How a script sends a token, for the "how to use it" note. */
export function bearerExample(apiUrl: string, secret: string): string {
	return `curl -H 'Authorization: Bearer ${secret}' -H 'content-type: application/json' \\\n  -d '{"query":"{ me { role } }"}' ${apiUrl}`;
}

/** The token lifetimes offered, in days; the API accepts 1 to 366. */
export const TOKEN_LIFETIMES = [7, 30, 90, 366] as const;

/** A lifetime from the form, or null when it is not one the API accepts. */
export function parseLifetime(raw: FormDataEntryValue | null): number | null {
	const days = Number(raw);
	return Number.isInteger(days) && days >= 1 && days <= 366 ? days : null;
}
