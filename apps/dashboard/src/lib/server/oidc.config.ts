/** What the dashboard needs to send users to the identity provider and back (docs/single-sign-on.md). */
export interface OidcClientSettings {
	issuer: string;
	clientId: string;
	clientSecret: string;
	/** Where the provider sends users back; null to use this dashboard's own /auth/oidc/callback. */
	redirectUrl: string | null;
	scopes: string;
}

const DEFAULT_SCOPES = 'openid email profile';
const CALLBACK_PATH = '/auth/oidc/callback';

type Env = Record<string, string | undefined>;

/** The settings from HUB_OIDC_*, or null when single sign-on is not configured for the dashboard. */
export function oidcClientSettings(env: Env): OidcClientSettings | null {
	const issuer = env.HUB_OIDC_ISSUER?.trim();
	const clientId = env.HUB_OIDC_CLIENT_ID?.trim();
	const clientSecret = env.HUB_OIDC_CLIENT_SECRET?.trim();
	if (!issuer || !clientId || !clientSecret) return null;
	return {
		issuer: issuer.replace(/\/+$/, ''),
		clientId,
		clientSecret,
		redirectUrl: env.HUB_OIDC_REDIRECT_URL?.trim() || null,
		scopes: env.HUB_OIDC_SCOPES?.trim() || DEFAULT_SCOPES
	};
}

/** The callback address registered at the provider: the configured one, or this dashboard's. */
export function redirectUrlOf(settings: OidcClientSettings, origin: string): string {
	return settings.redirectUrl ?? `${origin}${CALLBACK_PATH}`;
}

/** Plain http is allowed only to a provider on this machine (a test or development provider). */
export function isLoopbackHttp(url: string): boolean {
	const { protocol, hostname } = new URL(url);
	return protocol === 'http:' && (hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname));
}
