/**
 * Why a single sign-on ended back at /sign-in: the code goes in `?error=`, and the sign-in
 * page shows the message (never the provider's own text, which a crafted link could set).
 */
const SINGLE_SIGN_ON_ERRORS = {
	sso_not_configured: 'Single sign-on is not set up on this dashboard. Sign in with your e-mail and password, or ask an admin.',
	sso_unavailable: 'Single sign-on is not available just now: the identity provider or the hub did not answer. Try again in a minute.',
	sso_cancelled: 'Single sign-on was cancelled at the identity provider, so you are not signed in.',
	sso_provider_error: 'The identity provider could not sign you in. Try again, or ask your IT service desk.',
	sso_expired: 'The sign-in took too long or was started in another browser window. Start again.',
	sso_state: 'The answer from the identity provider did not belong to this sign-in, so it was ignored. Start again.',
	sso_exchange: "The identity provider would not confirm the sign-in. Try again; if it keeps happening, ask an admin to check the hub's client settings.",
	sso_token_rejected: "The hub could not verify the identity provider's answer. Ask an admin to check the single sign-on settings.",
	sso_refused: 'Your identity provider signed you in, but no enabled hub account is linked to you. Ask an admin to create an account for your e-mail address.'
} as const;

export type SingleSignOnErrorCode = keyof typeof SINGLE_SIGN_ON_ERRORS;

/** The message for `?error=` on the sign-in page, or null when the value is not one of ours. */
export function singleSignOnErrorMessage(code: string | null | undefined): string | null {
	return code && Object.hasOwn(SINGLE_SIGN_ON_ERRORS, code) ? SINGLE_SIGN_ON_ERRORS[code as SingleSignOnErrorCode] : null;
}

/** A sign-in that ends at /sign-in?error=<code>. */
export class SingleSignOnFailure extends Error {
	constructor(
		readonly code: SingleSignOnErrorCode,
		options?: { cause?: unknown }
	) {
		super(SINGLE_SIGN_ON_ERRORS[code], options);
	}
}

export function signInErrorPath(code: SingleSignOnErrorCode): string {
	return `/sign-in?error=${code}`;
}
