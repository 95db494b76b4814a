import { GraphQLError } from 'graphql';

/** What the API needs to check an identity provider's ID tokens (docs/single-sign-on.md). */
export interface OidcSettings {
  /** The provider's issuer identifier, with no trailing slash; discovery is read below it. */
  issuer: string;
  /** The hub's client id at the provider: every ID token must be addressed to it. */
  clientId: string;
  /** What the sign-in button says, e.g. "NHS mail". */
  name: string;
}

type Env = Record<string, string | undefined>;

/** Single sign-on is asked for but cannot be used as configured, or not configured at all. */
export class SingleSignOnConfigError extends GraphQLError {
  constructor(problem: string) {
    // BAD_REQUEST keeps the message through the error formatter, which hides unknown codes.
    super(`Single sign-on is not available on this hub: ${problem}`, { extensions: { code: 'BAD_REQUEST' } });
  }
}

/** The settings from HUB_OIDC_*, or null when single sign-on is not configured. */
export function oidcSettings(env: Env = process.env): OidcSettings | null {
  const issuer = env.HUB_OIDC_ISSUER?.trim();
  const clientId = env.HUB_OIDC_CLIENT_ID?.trim();
  if (!issuer || !clientId) return null;
  return { issuer: issuer.replace(/\/+$/, ''), clientId, name: env.HUB_OIDC_NAME?.trim() || 'single sign-on' };
}

/** The settings, or an error that names the missing or wrong variable. */
export function requireOidcSettings(env: Env = process.env): OidcSettings {
  const settings = oidcSettings(env);
  if (!settings) {
    const missing = ['HUB_OIDC_ISSUER', 'HUB_OIDC_CLIENT_ID'].filter((name) => !env[name]?.trim());
    throw new SingleSignOnConfigError(`set ${missing.join(' and ')} (docs/single-sign-on.md).`);
  }
  const problem = issuerProblem(settings.issuer);
  if (problem) throw new SingleSignOnConfigError(`HUB_OIDC_ISSUER ${problem}.`);
  return settings;
}

/**
 * Keys fetched over plain HTTP could be swapped on the way, so the issuer must be HTTPS; a
 * provider on this machine's loopback (a test or development provider) is the one exception.
 */
export function issuerProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return null;
  return 'must be an https URL (plain http is allowed only on localhost)';
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
