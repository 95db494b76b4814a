/**
 * Counts each caller's requests in fixed one-minute windows. The counts live in this process
 * only, by choice: two API processes each allow the full rate, and a restart forgets them
 * (README: Running more than one API process). Sharing them through PostgreSQL would put a
 * write on every request for a limit that only has to stop a runaway client.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request by `caller`; the seconds to wait when over the limit, else null. */
  take(caller: string): number | null {
    const now = this.now();
    this.sweep(now);
    const window = this.windows.get(caller);
    if (!window || now - window.start >= 60_000) {
      this.windows.set(caller, { start: now, count: 1 });
      return null;
    }
    window.count += 1;
    return window.count > this.perMinute ? Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000)) : null;
  }

  /** Drops finished windows once a minute, so callers who stopped do not pile up. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [caller, window] of this.windows) if (now - window.start >= 60_000) this.windows.delete(caller);
  }
}
