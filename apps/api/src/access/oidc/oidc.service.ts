import { InvalidArgumentError } from '../../common/argument.error.js';
import type { AccountService, SignedIn } from '../account.service.js';
import type { AuditLog } from '../audit.log.js';
import type { Viewer } from '../viewer.js';
import { oidcSettings, requireOidcSettings, SingleSignOnConfigError, type OidcSettings } from './oidc.config.js';
import { IdTokenRefusedError } from './oidc.errors.js';
import type { UsedNonces } from './oidc.replay.js';
import { verifierFor } from './oidc.verifier.js';

type Env = Record<string, string | undefined>;

/** ID tokens are a few kilobytes; anything far larger is not one. */
const MAX_ID_TOKEN_LENGTH = 16_384;
const MAX_NONCE_LENGTH = 256;

/**
 * Single sign-on by OpenID Connect. The dashboard runs the browser side of the flow; this
 * service checks the ID token itself and only then asks AccountService for a session, so the
 * API never takes the dashboard's word for who signed in.
 */
export class SingleSignOnService {
  constructor(
    private readonly accounts: AccountService,
    private readonly audit: AuditLog,
    private readonly viewer: Viewer,
    private readonly usedNonces: UsedNonces,
    private readonly env: Env = process.env,
  ) {}

  /** The configured provider, or null when single sign-on is off. */
  settings(): OidcSettings | null {
    return oidcSettings(this.env);
  }

  async signIn(idToken: string, nonce: string): Promise<SignedIn> {
    if (!idToken || idToken.length > MAX_ID_TOKEN_LENGTH)
      throw new InvalidArgumentError('idToken', `must be an ID token of at most ${MAX_ID_TOKEN_LENGTH} characters.`);
    if (!nonce || nonce.length > MAX_NONCE_LENGTH) throw new InvalidArgumentError('nonce', `must be 1 to ${MAX_NONCE_LENGTH} characters.`);
    try {
      const settings = requireOidcSettings(this.env);
      const identity = await verifierFor(settings).verify(idToken, nonce, this.usedNonces);
      // AccountService audits from here on: linked, refused or signed in.
      return await this.accounts.signInWithOidc(identity.issuer, identity.subject, identity.email);
    } catch (error) {
      if (error instanceof IdTokenRefusedError || error instanceof SingleSignOnConfigError) await this.auditRefusal(error);
      throw error;
    }
  }

  private auditRefusal(error: IdTokenRefusedError | SingleSignOnConfigError): Promise<void> {
    const check = error instanceof IdTokenRefusedError ? error.check : 'configuration';
    return this.audit.write(this.viewer, {
      action: 'auth.sign_in_failed',
      detail: { method: 'oidc', issuer: this.env.HUB_OIDC_ISSUER ?? null, check, reason: error.message },
    });
  }
}
