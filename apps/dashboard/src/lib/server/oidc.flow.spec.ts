import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentString } from '../graphql/graphql';
import { ApiError, type GraphQLClient } from './graphql.client';
import type { OidcClientSettings } from './oidc.config';
import { decodePending, encodePending } from './oidc.cookie';
import { singleSignOnErrorMessage, SingleSignOnFailure } from './oidc.errors';
import { redeemCallback, signInToHub, startSignIn } from './oidc.flow';
import { ProviderBrowser, startTestProvider, type TestProvider } from './oidc.provider.harness';

const ORIGIN = 'http://127.0.0.1:5173';
const CALLBACK = `${ORIGIN}/auth/oidc/callback`;
const CLIENT = { client_id: 'wellbeing-hub', client_secret: 'dashboard-secret-for-tests', redirect_uris: [CALLBACK] };

let provider: TestProvider;
let settings: OidcClientSettings;

beforeAll(async () => {
	provider = await startTestProvider(CLIENT, { alice: 'alice@test.hub' });
	settings = { issuer: provider.issuer, clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret, redirectUrl: null, scopes: 'openid email profile' };
});

afterAll(() => provider?.close());

function claimsOf(idToken: string): Record<string, unknown> {
	return JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught
	);
	expect(error).toBeInstanceOf(SingleSignOnFailure);
	return (error as SingleSignOnFailure).code;
}

describe('startSignIn', () => {
	it("sends the user to the provider with state, nonce and an S256 PKCE challenge for this dashboard's callback", async () => {
		const { authorizationUrl, pending } = await startSignIn(settings, ORIGIN, '/outcomes');
		const params = authorizationUrl.searchParams;
		expect(authorizationUrl.href.startsWith(`${provider.issuer}/auth?`)).toBe(true);
		expect(
			Object.fromEntries(
				['client_id', 'redirect_uri', 'scope', 'state', 'nonce', 'code_challenge_method', 'response_type'].map((key) => [key, params.get(key)])
			)
		).toEqual({
			client_id: CLIENT.client_id,
			redirect_uri: CALLBACK,
			scope: 'openid email profile',
			state: pending.state,
			nonce: pending.nonce,
			code_challenge_method: 'S256',
			response_type: 'code'
		});
		expect(params.get('code_challenge')).not.toBe(pending.codeVerifier);
		expect(pending.redirectTo).toBe('/outcomes');
	});

	it('reports an unreachable provider as sso_unavailable', async () => {
		expect(await failureOf(startSignIn({ ...settings, issuer: 'http://127.0.0.1:9' }, ORIGIN, '/'))).toBe('sso_unavailable');
	});
});

describe('redeemCallback', () => {
	it("returns the provider's ID token for this client, carrying this attempt's nonce", async () => {
		const { authorizationUrl, pending } = await startSignIn(settings, ORIGIN, '/');
		const callback = await new ProviderBrowser().signIn(authorizationUrl, CALLBACK, 'alice');
		const claims = claimsOf(await redeemCallback(settings, ORIGIN, callback, pending));
		expect(claims).toMatchObject({ iss: provider.issuer, aud: CLIENT.client_id, sub: 'alice', email: 'alice@test.hub', nonce: pending.nonce });
	});

	it('gives sso_cancelled when the user cancels at the provider', async () => {
		const { authorizationUrl, pending } = await startSignIn(settings, ORIGIN, '/');
		const callback = await new ProviderBrowser().cancel(authorizationUrl, CALLBACK);
		expect(callback.searchParams.get('error')).toBe('access_denied');
		expect(await failureOf(redeemCallback(settings, ORIGIN, callback, pending))).toBe('sso_cancelled');
	});

	it("gives sso_state when the answer carries another sign-in's state", async () => {
		const { authorizationUrl, pending } = await startSignIn(settings, ORIGIN, '/');
		const callback = await new ProviderBrowser().signIn(authorizationUrl, CALLBACK, 'alice');
		expect(await failureOf(redeemCallback(settings, ORIGIN, callback, { ...pending, state: 'someone-elses-state' }))).toBe('sso_state');
	});

	it('gives sso_expired when this browser has no pending sign-in', async () => {
		const { authorizationUrl } = await startSignIn(settings, ORIGIN, '/');
		const callback = await new ProviderBrowser().signIn(authorizationUrl, CALLBACK, 'alice');
		expect(await failureOf(redeemCallback(settings, ORIGIN, callback, null))).toBe('sso_expired');
	});

	it('gives sso_exchange when the provider will not redeem the code: a wrong client secret, or a code used twice', async () => {
		const wrongSecret = { ...settings, clientSecret: 'not-the-secret' };
		const first = await startSignIn(wrongSecret, ORIGIN, '/');
		const firstCallback = await new ProviderBrowser().signIn(first.authorizationUrl, CALLBACK, 'alice');
		expect(await failureOf(redeemCallback(wrongSecret, ORIGIN, firstCallback, first.pending))).toBe('sso_exchange');

		const second = await startSignIn(settings, ORIGIN, '/');
		const secondCallback = await new ProviderBrowser().signIn(second.authorizationUrl, CALLBACK, 'alice');
		await redeemCallback(settings, ORIGIN, secondCallback, second.pending);
		expect(await failureOf(redeemCallback(settings, ORIGIN, secondCallback, second.pending))).toBe('sso_exchange');
	});
});

describe('signInToHub', () => {
	function apiAnswering(answer: () => unknown, sent: unknown[] = []): GraphQLClient {
		return {
			async request<TData>(_document: TypedDocumentString<TData, unknown>, ...[variables]: unknown[]) {
				sent.push(variables);
				return answer() as TData;
			}
		};
	}

	it('hands the API the ID token and nonce and returns its session', async () => {
		const sent: unknown[] = [];
		const session = { token: 'hub_s_example', expiresAt: '2030-01-01T12:00:00.000Z' };
		expect(
			await signInToHub(
				apiAnswering(() => ({ signInWithSingleSignOn: session }), sent),
				'id.token.here',
				'the-nonce'
			)
		).toEqual(session);
		expect(sent).toEqual([{ idToken: 'id.token.here', nonce: 'the-nonce' }]);
	});

	it('tells a refused person (sso_refused) from a token the API would not accept (sso_token_rejected) and an API that did not answer (sso_unavailable)', async () => {
		const refusing = (message: string) =>
			apiAnswering(() => {
				throw new ApiError(message, 'UNAUTHENTICATED');
			});
		expect(await failureOf(signInToHub(refusing('Single sign-on refused: no enabled hub account is linked to this identity.'), 't', 'n'))).toBe('sso_refused');
		expect(await failureOf(signInToHub(refusing('Single sign-on refused: the ID token failed the audience check, because …'), 't', 'n'))).toBe(
			'sso_token_rejected'
		);
		expect(
			await failureOf(
				signInToHub(
					apiAnswering(() => {
						throw new ApiError('The API at http://api is not reachable');
					}),
					't',
					'n'
				)
			)
		).toBe('sso_unavailable');
	});
});

describe('the pending sign-in cookie and error codes', () => {
	it('round-trips a pending sign-in and ignores a malformed cookie', () => {
		const pending = { state: 's', nonce: 'n', codeVerifier: 'v', redirectTo: '/qi' };
		expect(decodePending(encodePending(pending))).toEqual(pending);
		expect(decodePending('not-base64-json')).toBeNull();
		expect(decodePending(Buffer.from(JSON.stringify({ state: 's' })).toString('base64url'))).toBeNull();
	});

	it('has a message for each of its codes and none for anything else', () => {
		expect(singleSignOnErrorMessage('sso_cancelled')).toMatch(/cancelled/);
		expect(singleSignOnErrorMessage('<script>')).toBeNull();
		expect(singleSignOnErrorMessage('toString')).toBeNull();
	});
});
