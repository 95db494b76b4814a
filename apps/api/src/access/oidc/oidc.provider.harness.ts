import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type ClientMetadata } from 'oidc-provider';

/** A person known to the test identity provider. */
interface ProviderAccount {
  email: string;
  emailVerified?: boolean;
}

export interface TestProviderOptions {
  clients: ClientMetadata[];
  accounts: Record<string, ProviderAccount>;
  /** Signing keys (private JWKs); new ones are generated when left out. */
  keys?: JWK[];
}

/** A real OpenID Connect provider (oidc-provider) on a loopback port, with its dev login pages. */
export interface TestProvider {
  issuer: string;
  keys: JWK[];
  /** Runs the authorization-code flow with PKCE as `accountId` and returns the provider's ID token. */
  idTokenFor(request: FlowRequest): Promise<string>;
  close(): Promise<void>;
}

interface FlowRequest {
  client: ClientMetadata;
  accountId: string;
  nonce: string;
}

async function signingKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' };
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const keys = options.keys ?? [await signingKey()];
  const provider = new Provider(issuer, {
    clients: options.clients,
    jwks: { keys },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Like the big providers, put the e-mail in the ID token rather than only at userinfo.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => {
      const account = options.accounts[sub];
      return account && { accountId: sub, claims: () => ({ sub, email: account.email, email_verified: account.emailVerified ?? true }) };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    keys,
    idTokenFor: (request) => runCodeFlow(issuer, request),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Drives the provider's authorization, login and consent pages with fetch, then redeems the code. */
async function runCodeFlow(issuer: string, { client, accountId, nonce }: FlowRequest): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const redirectUri = client.redirect_uris![0]!;
  const authorize = new URL(`${issuer}/auth`);
  authorize.search = new URLSearchParams({
    client_id: client.client_id,
    response_type: 'code',
    scope: 'openid email profile',
    redirect_uri: redirectUri,
    state: randomBytes(8).toString('hex'),
    nonce,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  const callback = await new ProviderBrowser().signIn(authorize.href, redirectUri, accountId);
  const code = new URL(callback).searchParams.get('code');
  if (!code) throw new Error(`The provider sent no code: ${callback}`);
  return redeemCode(issuer, client, code, verifier);
}

async function redeemCode(issuer: string, client: ClientMetadata, code: string, verifier: string): Promise<string> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: client.redirect_uris![0]!, code_verifier: verifier }),
  });
  const body = (await response.json()) as { id_token?: string };
  if (!body.id_token) throw new Error(`The token endpoint answered ${response.status}: ${JSON.stringify(body)}`);
  return body.id_token;
}

/**
 * Just enough of a browser for oidc-provider's dev interactions: follows redirects, keeps
 * cookies, and submits the login and consent forms until the provider sends the user back.
 */
class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  /** Follows the flow from `url` and returns the URL the provider redirects to at `redirectUri`. */
  async signIn(url: string, redirectUri: string, accountId: string): Promise<string> {
    let next = url;
    for (let step = 0; step < 20; step += 1) {
      if (next.startsWith(redirectUri)) return next;
      const response = await this.request(next);
      const location = response.headers.get('location');
      if (location) next = new URL(location, next).href;
      else next = await this.submitInteraction(next, await response.text(), accountId);
    }
    throw new Error('The provider did not send the user back within 20 steps');
  }

  /** Follows the flow until the first interaction page, then cancels there as a user would. */
  async cancel(url: string, redirectUri: string): Promise<string> {
    let next = url;
    while (!/\/interaction\/[^/]+$/.test(new URL(next).pathname)) {
      const location = (await this.request(next)).headers.get('location');
      if (!location) throw new Error(`No interaction page reached from ${next}`);
      next = new URL(location, next).href;
    }
    return this.signIn(`${next}/abort`, redirectUri, '');
  }

  private async submitInteraction(pageUrl: string, page: string, accountId: string): Promise<string> {
    const prompt = page.includes('name="login"') ? 'login' : 'consent';
    const response = await this.request(pageUrl, new URLSearchParams({ prompt, login: accountId, password: 'any' }));
    const location = response.headers.get('location');
    if (!location) throw new Error(`The ${prompt} form was not accepted: HTTP ${response.status} ${await response.text()}`);
    return new URL(location, pageUrl).href;
  }

  private async request(url: string, form?: URLSearchParams): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { method: form ? 'POST' : 'GET', body: form, redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (value.join('=')) this.cookies.set(name!.trim(), value.join('='));
      else this.cookies.delete(name!.trim());
    }
    return response;
  }
}
