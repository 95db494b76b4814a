import { describe, expect, it } from 'vitest';
import { isPublicPath, safeRedirectTarget, sessionCookieOptions, signInPath } from './session';

describe('sessionCookieOptions', () => {
	const now = new Date('2025-03-01T10:00:00Z');

	it('keeps the cookie from scripts and lasts until the session ends', () => {
		const options = sessionCookieOptions(new URL('http://hub.test/sign-in'), '2025-03-01T22:00:00Z', now);
		expect(options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: false, maxAge: 12 * 3600 });
	});

	it('is Secure when the dashboard is reached over https', () => {
		expect(sessionCookieOptions(new URL('https://hub.test/sign-in'), '2025-03-01T11:00:00Z', now).secure).toBe(true);
	});

	it('never has a negative lifetime', () => {
		expect(sessionCookieOptions(new URL('http://hub.test/'), '2025-03-01T09:00:00Z', now).maxAge).toBe(0);
	});
});

describe('safeRedirectTarget', () => {
	it('keeps a path on this dashboard with its query', () => {
		expect(safeRedirectTarget('/outcomes?from=2019-04')).toBe('/outcomes?from=2019-04');
	});

	it('goes home when there is nowhere to go back to', () => {
		expect(safeRedirectTarget(null)).toBe('/');
		expect(safeRedirectTarget('')).toBe('/');
	});

	it('refuses other sites, however the address is written', () => {
		for (const target of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'evil.example', '/%0a//evil', 'javascript:alert(1)']) {
			expect(safeRedirectTarget(target).startsWith('//')).toBe(false);
			expect(new URL(safeRedirectTarget(target), 'http://hub.test').origin).toBe('http://hub.test');
		}
		expect(safeRedirectTarget('https://evil.example/')).toBe('/');
		expect(safeRedirectTarget('/\\evil.example')).toBe('/');
	});

	it('does not send a user back to the sign-in page', () => {
		expect(safeRedirectTarget('/sign-in?redirectTo=/qi')).toBe('/');
	});
});

describe('signInPath', () => {
	it('remembers the page and its query', () => {
		expect(signInPath(new URL('http://hub.test/outcomes?from=2019-04'))).toBe('/sign-in?redirectTo=%2Foutcomes%3Ffrom%3D2019-04');
	});

	it('is plain for the home page', () => {
		expect(signInPath(new URL('http://hub.test/'))).toBe('/sign-in');
	});
});

describe('isPublicPath', () => {
	it('opens the sign-in page and single sign-on routes', () => {
		expect(isPublicPath('/sign-in')).toBe(true);
		expect(isPublicPath('/auth/oidc/login')).toBe(true);
	});

	it('guards every dashboard page', () => {
		expect(isPublicPath('/')).toBe(false);
		expect(isPublicPath('/sign-in-elsewhere')).toBe(false);
		expect(isPublicPath('/admin/users')).toBe(false);
	});
});
