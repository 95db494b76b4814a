import { describe, expect, it } from 'vitest';
import { FALLBACK_CSP, withSecurityHeaders } from './security-headers';

describe('withSecurityHeaders', () => {
	it('forbids framing and content sniffing', () => {
		const headers = new Headers();
		withSecurityHeaders(headers);
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('permissions-policy')).toContain('camera=()');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it("keeps a page's own Content-Security-Policy", () => {
		const headers = new Headers({ 'content-security-policy': "default-src 'self'" });
		withSecurityHeaders(headers);
		expect(headers.get('content-security-policy')).toBe("default-src 'self'");
	});

	it('gives a response without one a policy that loads nothing', () => {
		const headers = new Headers();
		withSecurityHeaders(headers);
		expect(headers.get('content-security-policy')).toBe(FALLBACK_CSP);
	});
});
