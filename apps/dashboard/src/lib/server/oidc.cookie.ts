/** The flow cookie: what the callback needs to check the provider's answer belongs to this browser. */
export const PENDING_COOKIE = 'hub_oidc';

/** A sign-in started here and not yet finished. */
export interface PendingSignIn {
	state: string;
	nonce: string;
	codeVerifier: string;
	/** Where to go after signing in: a path on this dashboard, already checked. */
	redirectTo: string;
}

/** Ten minutes to sign in at the provider; after that the callback sends the user to start again. */
const PENDING_SECONDS = 600;

export function pendingCookieOptions(url: URL) {
	// Lax, not Strict: the provider's redirect back is a cross-site top-level GET, which must carry it.
	return { httpOnly: true, sameSite: 'lax' as const, path: '/auth/oidc', secure: url.protocol === 'https:', maxAge: PENDING_SECONDS };
}

export function encodePending(pending: PendingSignIn): string {
	return Buffer.from(JSON.stringify(pending)).toString('base64url');
}

/** The pending sign-in, or null for a missing or malformed cookie. */
export function decodePending(raw: string | undefined): PendingSignIn | null {
	if (!raw) return null;
	try {
		const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<PendingSignIn>;
		const fields = [value.state, value.nonce, value.codeVerifier, value.redirectTo];
		return fields.every((field) => typeof field === 'string' && field.length > 0) ? (value as PendingSignIn) : null;
	} catch {
		return null;
	}
}
