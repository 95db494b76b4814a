import type { ChangeFeed } from '../cache/change.feed.js';
import type { Viewer } from './viewer.js';

/**
 * The longest a sign-in is kept without asking the database, however quiet the feed: should
 * notices not arrive (a pooler in transaction mode passes none on), a sign-out still takes
 * effect everywhere within the 10 s the hub promises for any write.
 */
const KEEP_MS = 10_000;
/** Sign-ins kept at most; the oldest goes first. */
const MAX_ENTRIES = 10_000;

interface Kept {
  viewer: Viewer;
  generation: number;
  /** Date.now() after which the entry is not used: the keeping time, or the session's end if sooner. */
  until: number;
}

/**
 * Who a session, token or the published view makes the caller, kept between requests so a
 * signed-in request need not look its session up (docs/methods.md, "Caching"). An entry is used
 * only while the change feed is live and has had no notice since it was read: a sign-out, an
 * account disabled, a scope or role changed, or any data write (a scope reaches programmes by
 * the data), in this process or any other, drops every entry. No entry outlives its session or
 * ten seconds. Refusals are not kept.
 */
export class ViewerCache {
  private readonly entries = new Map<string, Kept>();

  constructor(
    private readonly feed: ChangeFeed,
    private readonly now: () => number = Date.now,
  ) {}

  /** Take this before reading from the database, and hand it to `keep` with what was read. */
  get generation(): number | null {
    return this.feed.live ? this.feed.generation : null;
  }

  find(key: string): Viewer | undefined {
    const kept = this.entries.get(key);
    if (!kept) return undefined;
    if (this.feed.live && kept.generation === this.feed.generation && this.now() < kept.until) return kept.viewer;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps `viewer` unless something changed since `generation` was taken (the read may be out of date). */
  keep(key: string, viewer: Viewer, generation: number | null, endsAtMs: number = Infinity): void {
    if (generation === null || !this.feed.live || generation !== this.feed.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { viewer, generation, until: Math.min(this.now() + KEEP_MS, endsAtMs) });
  }
}
