/**
 * Nonces already signed in with, until their ID token expires: an ID token and nonce seen in
 * transit (a log, a proxy) cannot start a second session. Kept in memory, so each API process
 * has its own list; see docs/single-sign-on.md for running more than one.
 */
export class UsedNonces {
  private readonly expiries = new Map<string, number>();

  /** True the first time a nonce is seen; false if it was used before and its token has not expired. */
  claim(key: string, expiresAtSeconds: number, nowMs = Date.now()): boolean {
    this.forgetExpired(nowMs);
    if (this.expiries.has(key)) return false;
    this.expiries.set(key, expiresAtSeconds * 1000);
    return true;
  }

  private forgetExpired(nowMs: number): void {
    for (const [key, expiresAt] of this.expiries) {
      // Kept a minute past expiry: the verifier tolerates that much clock difference.
      if (expiresAt + 60_000 < nowMs) this.expiries.delete(key);
    }
  }
}
