import type { SqlClient } from '../../common/sql.client.js';

/** The verifier tolerates this much clock difference past expiry, so a claim is kept that much longer. */
const KEPT_PAST_EXPIRY = '1 minute';

/**
 * Nonces already signed in with, until their ID token expires: an ID token and nonce seen in
 * transit (a log, a proxy) cannot start a second session. Kept in PostgreSQL, so every API
 * process on the database refuses a nonce any of them has seen.
 */
export class UsedNonces {
  constructor(private readonly sql: SqlClient) {}

  /** True the first time a nonce is seen; false if it was used before and its token has not expired. */
  async claim(key: string, expiresAtSeconds: number): Promise<boolean> {
    await this.sql.rows(`delete from oidc_used_nonce where expires_at < now() - interval '${KEPT_PAST_EXPIRY}'`);
    const claimed = await this.sql.rows(
      `insert into oidc_used_nonce (nonce_key, expires_at) values (?, to_timestamp(?)) on conflict (nonce_key) do nothing returning 1 as claimed`,
      [key, expiresAtSeconds],
    );
    return claimed.length === 1;
  }
}
