/** The cookie the dashboard keeps the session token in; the API reads the same name. */
export const SESSION_COOKIE = 'hub_session';

export interface SessionCookieOptions {
	httpOnly: true;
	sameSite: 'lax';
	path: '/';
	secure: boolean;
	maxAge: number;
}

/** The session cookie's attributes: script-proof, sent on top-level navigation, gone when the session ends. */
export function sessionCookieOptions(url: URL, expiresAt: string, now: Date): SessionCookieOptions {
	const seconds = Math.floor((Date.parse(expiresAt) - now.getTime()) / 1000);
	return { httpOnly: true, sameSite: 'lax', path: '/', secure: url.protocol === 'https:', maxAge: Math.max(0, seconds) };
}

/**
 * Where to go after signing in: only a path on this dashboard, so a crafted link cannot send
 * the user to another site ("//evil.example", "https://…", "/\\evil.example") or back to sign-in.
 */
export function safeRedirectTarget(raw: string | null | undefined): string {
	if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/';
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f]/.test(raw)) return '/';
	const url = new URL(raw, 'http://dashboard.invalid');
	if (url.origin !== 'http://dashboard.invalid') return '/';
	if (url.pathname === '/sign-in' || url.pathname.startsWith('/auth/')) return '/';
	return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address that comes back to `url` afterwards. */
export function signInPath(url: URL): string {
	const back = `${url.pathname}${url.search}`;
	return back === '/' ? '/sign-in' : `/sign-in?redirectTo=${encodeURIComponent(back)}`;
}

/** Pages anyone may open without signing in. */
export function isPublicPath(path: string): boolean {
	return path === '/sign-in' || path.startsWith('/auth/') || path === '/favicon.svg' || path === '/robots.txt';
}
