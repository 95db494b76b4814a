import * as client from 'openid-client';
import type { SignInWithSingleSignOnMutation } from '$lib/graphql/graphql';
import { SIGN_IN_WITH_SINGLE_SIGN_ON_MUTATION } from '$lib/queries/account.queries';
import { ApiError, type GraphQLClient } from './graphql.client';
import { isLoopbackHttp, redirectUrlOf, type OidcClientSettings } from './oidc.config';
import type { PendingSignIn } from './oidc.cookie';
import { SingleSignOnFailure } from './oidc.errors';

/** The session the API started, as the sign-in page sets it in its cookie. */
export type SingleSignOnSession = SignInWithSingleSignOnMutation['signInWithSingleSignOn'];

const configurations = new Map<string, Promise<client.Configuration>>();

/** The provider's discovered configuration, fetched once per process; a failure is retried next time. */
function providerOf(settings: OidcClientSettings): Promise<client.Configuration> {
	const key = `${settings.issuer} ${settings.clientId} ${settings.clientSecret}`;
	let configuration = configurations.get(key);
	if (!configuration) {
		const execute = isLoopbackHttp(settings.issuer) ? [client.allowInsecureRequests] : [];
		configuration = client.discovery(new URL(settings.issuer), settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), { execute });
		configuration.catch(() => configurations.delete(key));
		configurations.set(key, configuration);
	}
	return configuration.catch((cause: unknown) => {
		throw new SingleSignOnFailure('sso_unavailable', { cause });
	});
}

/** The provider's authorization URL, and what the callback must check its answer against. */
export async function startSignIn(
	settings: OidcClientSettings,
	origin: string,
	redirectTo: string
): Promise<{ authorizationUrl: URL; pending: PendingSignIn }> {
	const provider = await providerOf(settings);
	const pending = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier(), redirectTo };
	const authorizationUrl = client.buildAuthorizationUrl(provider, {
		redirect_uri: redirectUrlOf(settings, origin),
		scope: settings.scopes,
		state: pending.state,
		nonce: pending.nonce,
		code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
		code_challenge_method: 'S256'
	});
	return { authorizationUrl, pending };
}

/**
 * Checks the provider's answer belongs to this browser's sign-in, redeems the code with the
 * client secret and PKCE verifier, and returns the ID token for the API to verify.
 */
export async function redeemCallback(settings: OidcClientSettings, origin: string, callback: URL, pending: PendingSignIn | null): Promise<string> {
	const error = callback.searchParams.get('error');
	if (error) throw new SingleSignOnFailure(error === 'access_denied' ? 'sso_cancelled' : 'sso_provider_error');
	if (!pending) throw new SingleSignOnFailure('sso_expired');
	if (callback.searchParams.get('state') !== pending.state) throw new SingleSignOnFailure('sso_state');
	const provider = await providerOf(settings);
	// The registered redirect URL with the provider's answer: right even behind a proxy that rewrites the host.
	const answered = new URL(redirectUrlOf(settings, origin));
	answered.search = callback.search;
	try {
		const tokens = await client.authorizationCodeGrant(provider, answered, {
			pkceCodeVerifier: pending.codeVerifier,
			expectedState: pending.state,
			expectedNonce: pending.nonce,
			idTokenExpected: true
		});
		return tokens.id_token!;
	} catch (cause) {
		throw new SingleSignOnFailure('sso_exchange', { cause });
	}
}

/** Hands the ID token to the API, which checks it itself and starts a session. */
export async function signInToHub(api: GraphQLClient, idToken: string, nonce: string): Promise<SingleSignOnSession> {
	try {
		const data = await api.request(SIGN_IN_WITH_SINGLE_SIGN_ON_MUTATION, { idToken, nonce });
		return data.signInWithSingleSignOn;
	} catch (cause) {
		if (!(cause instanceof ApiError) || cause.code !== 'UNAUTHENTICATED') throw new SingleSignOnFailure('sso_unavailable', { cause });
		// The API names the check an ID token failed; anything else is a refusal of the person.
		throw new SingleSignOnFailure(/ID token failed/.test(cause.message) ? 'sso_token_rejected' : 'sso_refused', { cause });
	}
}
