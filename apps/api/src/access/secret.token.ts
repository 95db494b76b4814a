import { createHash, randomBytes } from 'node:crypto';

/** Session cookies and personal API tokens: the prefix says which, so a pasted secret is recognisable. */
export const SESSION_PREFIX = 'hubs_';
export const API_TOKEN_PREFIX = 'hubt_';

export function newSecret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Only this is stored: a database copy holds no usable secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

const SECRET_SHAPE = /^hub[st]_[A-Za-z0-9_-]{43}$/;

export function looksLikeSecret(value: string): boolean {
  return SECRET_SHAPE.test(value);
}
