import { errors } from 'jose';
import { UnauthenticatedError } from '../access.errors.js';

/** Which check an ID token failed; the message names it so an admin can fix the set-up. */
export type TokenCheck = 'format' | 'signature' | 'issuer' | 'audience' | 'expiry' | 'nonce' | 'subject' | 'replay' | 'provider';

const EXPLANATIONS: Record<TokenCheck, string> = {
  format: 'it is not a signed JWT',
  signature: 'its signature does not match any key the identity provider publishes',
  issuer: 'it was issued by another identity provider',
  audience: 'it was issued for another application (client id)',
  expiry: 'it has expired or is not yet valid',
  nonce: 'its nonce does not match this sign-in attempt',
  subject: 'it names no subject',
  replay: 'it has already been used to sign in',
  provider: "the identity provider's discovery document or keys could not be fetched",
};

/** An ID token the hub will not accept; the check that failed is kept for the audit log. */
export class IdTokenRefusedError extends UnauthenticatedError {
  constructor(
    readonly check: TokenCheck,
    detail?: string,
  ) {
    super(`Single sign-on refused: the ID token failed the ${check} check, because ${EXPLANATIONS[check]}${detail ? ` (${detail})` : ''}.`);
  }
}

/** jose's verification errors, named by the check they come from. */
export function refusalOf(error: unknown): IdTokenRefusedError {
  if (error instanceof IdTokenRefusedError) return error;
  if (error instanceof errors.JWTExpired) return new IdTokenRefusedError('expiry');
  if (error instanceof errors.JWTClaimValidationFailed) return claimRefusal(error.claim);
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JOSEAlgNotAllowed) {
    return new IdTokenRefusedError('signature');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported)
    return new IdTokenRefusedError('format');
  return new IdTokenRefusedError('provider');
}

function claimRefusal(claim: string): IdTokenRefusedError {
  if (claim === 'iss') return new IdTokenRefusedError('issuer');
  if (claim === 'aud') return new IdTokenRefusedError('audience');
  if (claim === 'sub') return new IdTokenRefusedError('subject');
  if (claim === 'nbf' || claim === 'iat' || claim === 'exp') return new IdTokenRefusedError('expiry');
  return new IdTokenRefusedError('format', `claim ${claim}`);
}
