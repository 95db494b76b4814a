/**
 * Headers every dashboard response carries, beside the Content-Security-Policy that SvelteKit
 * writes for pages (svelte.config.js). Nothing may frame the dashboard, browsers must not guess
 * content types, other sites learn only our origin, and powerful browser features are off.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

/** For responses SvelteKit writes no policy for (endpoints, redirects): load nothing, be framed by nothing. */
export const FALLBACK_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Adds the security headers a response is missing, keeping any it already has. */
export function withSecurityHeaders(headers: Headers): void {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!headers.has(name)) headers.set(name, value);
	}
	if (!headers.has('content-security-policy')) headers.set('content-security-policy', FALLBACK_CSP);
}
