import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata } from 'oidc-provider';

/** A real OpenID Connect provider (oidc-provider) on a loopback port, for the flow's specs. */
export interface TestProvider {
	issuer: string;
	close(): Promise<void>;
}

export async function startTestProvider(client: ClientMetadata, accounts: Record<string, string>): Promise<TestProvider> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const provider = new Provider(issuer, {
		clients: [client],
		cookies: { keys: [randomBytes(16).toString('hex')] },
		claims: { openid: ['sub'], email: ['email', 'email_verified'] },
		conformIdTokenClaims: false,
		features: { devInteractions: { enabled: true } },
		findAccount: (_ctx, sub) => (accounts[sub] ? { accountId: sub, claims: () => ({ sub, email: accounts[sub], email_verified: true }) } : undefined)
	});
	server.on('request', provider.callback());
	return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Just enough of a browser for oidc-provider's dev pages: follows redirects, keeps cookies,
 * signs in as `accountId` and consents, or cancels, until the provider sends the user back.
 */
export class ProviderBrowser {
	private readonly cookies = new Map<string, string>();

	async signIn(url: URL, redirectUri: string, accountId: string): Promise<URL> {
		return this.browse(url.href, redirectUri, async (page, pageUrl) => {
			const prompt = page.includes('name="login"') ? 'login' : 'consent';
			return this.request(pageUrl, new URLSearchParams({ prompt, login: accountId, password: 'any' }));
		});
	}

	async cancel(url: URL, redirectUri: string): Promise<URL> {
		return this.browse(url.href, redirectUri, async (_page, pageUrl) => this.request(`${pageUrl}/abort`));
	}

	private async browse(start: string, redirectUri: string, onPage: (page: string, url: string) => Promise<Response>): Promise<URL> {
		let next = start;
		for (let step = 0; step < 20; step += 1) {
			if (next.startsWith(redirectUri)) return new URL(next);
			let response = await this.request(next);
			if (!response.headers.get('location')) response = await onPage(await response.text(), next);
			const location = response.headers.get('location');
			if (!location) throw new Error(`The provider stopped at ${next}: HTTP ${response.status}`);
			next = new URL(location, next).href;
		}
		throw new Error('The provider did not send the user back within 20 steps');
	}

	private async request(url: string, form?: URLSearchParams): Promise<Response> {
		const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
		const response = await fetch(url, { method: form ? 'POST' : 'GET', body: form, redirect: 'manual', headers: cookie ? { cookie } : {} });
		for (const line of response.headers.getSetCookie()) {
			const [name = '', ...value] = (line.split(';')[0] ?? '').split('=');
			if (value.join('=')) this.cookies.set(name.trim(), value.join('='));
			else this.cookies.delete(name.trim());
		}
		return response;
	}
}
