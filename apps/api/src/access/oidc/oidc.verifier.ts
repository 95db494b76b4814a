import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { issuerProblem, type OidcSettings } from './oidc.config.js';
import { IdTokenRefusedError, refusalOf } from './oidc.errors.js';
import type { UsedNonces } from './oidc.replay.js';

/** Who the identity provider says signed in, once every check has passed. */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  /** Null when the provider sent none, or said it has not verified it: such an e-mail links no account. */
  email: string | null;
}

interface Discovered {
  issuer: string;
  keys: ReturnType<typeof createRemoteJWKSet>;
}

/** Clocks at the provider and here may differ a little. */
const CLOCK_TOLERANCE_SECONDS = 30;
const DISCOVERY_TIMEOUT_MS = 10_000;

/**
 * Checks ID tokens from one provider for one client: signature against the provider's
 * published keys (fetched once and refreshed by jose when an unknown key id turns up), then
 * issuer, audience, expiry and the nonce of the sign-in attempt, each failure named.
 */
export class IdTokenVerifier {
  private discovered: Promise<Discovered> | null = null;

  constructor(private readonly settings: OidcSettings) {}

  /** `usedNonces` is the hub's list of nonces already signed in with, shared by every API process. */
  async verify(idToken: string, nonce: string, usedNonces: UsedNonces): Promise<VerifiedIdentity> {
    const { issuer, keys } = await this.discovery();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, keys, {
        issuer,
        audience: this.settings.clientId,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat'],
      }));
    } catch (error) {
      throw refusalOf(error);
    }
    this.checkAuthorisedParty(payload);
    if (typeof payload.nonce !== 'string' || payload.nonce !== nonce) throw new IdTokenRefusedError('nonce');
    if (!(await usedNonces.claim(`${issuer} ${nonce}`, payload.exp!))) throw new IdTokenRefusedError('replay');
    return { issuer, subject: payload.sub!, email: verifiedEmail(payload) };
  }

  /** A token for several audiences must name this client as the party it was issued to (OIDC Core 3.1.3.7). */
  private checkAuthorisedParty(payload: JWTPayload): void {
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (audiences.length > 1 && payload.azp !== this.settings.clientId) throw new IdTokenRefusedError('audience', 'azp names another client');
  }

  private discovery(): Promise<Discovered> {
    // A failed discovery is not cached, so the next attempt tries the provider again.
    this.discovered ??= discover(this.settings.issuer).catch((error: unknown) => {
      this.discovered = null;
      throw error;
    });
    return this.discovered;
  }
}

async function discover(issuer: string): Promise<Discovered> {
  const url = `${issuer}/.well-known/openid-configuration`;
  let metadata: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    metadata = (await response.json()) as typeof metadata;
  } catch (error) {
    throw new IdTokenRefusedError('provider', `${url}: ${(error as Error).message}`);
  }
  // The document must speak for the configured issuer, or tokens from another one could pass.
  if (typeof metadata.issuer !== 'string' || metadata.issuer.replace(/\/+$/, '') !== issuer) {
    throw new IdTokenRefusedError('provider', `the discovery document names the issuer ${String(metadata.issuer)}, not ${issuer}`);
  }
  if (typeof metadata.jwks_uri !== 'string' || issuerProblem(metadata.jwks_uri)) {
    throw new IdTokenRefusedError('provider', 'the discovery document has no https jwks_uri');
  }
  return { issuer: metadata.issuer, keys: createRemoteJWKSet(new URL(metadata.jwks_uri)) };
}

function verifiedEmail(payload: JWTPayload): string | null {
  if (typeof payload.email !== 'string' || payload.email_verified === false) return null;
  return payload.email;
}

const verifiers = new Map<string, IdTokenVerifier>();

/** One verifier per provider and client for the life of the process, so keys are fetched once. */
export function verifierFor(settings: OidcSettings): IdTokenVerifier {
  const key = `${settings.issuer} ${settings.clientId}`;
  let verifier = verifiers.get(key);
  if (!verifier) verifiers.set(key, (verifier = new IdTokenVerifier(settings)));
  return verifier;
}
