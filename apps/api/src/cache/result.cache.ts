/** One cached answer and the data version read before it was computed. */
interface CachedAnswer<Value> {
  version: bigint;
  value: Value;
  bytes: number;
}

/**
 * Answers kept by key, least recently used first out, within a byte budget. Sizes are the
 * caller's estimate (the answer's JSON length, twice for JavaScript's two-byte strings), so the
 * budget bounds memory to within the overhead of the objects around each answer.
 */
export class ResultCache<Value> {
  private readonly entries = new Map<string, CachedAnswer<Value>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The answer when it was computed at `version`; an answer from an older version is dropped. */
  get(key: string, version: bigint): Value | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      if (entry.version < version) this.remove(key, entry);
      return undefined;
    }
    // Map keeps insertion order: moving the entry to the end marks it most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * Keeps an answer unless a newer one is already kept: two requests that overlap a write can
   * finish in either order. One answer larger than an eighth of the budget is not kept at all.
   */
  set(key: string, answer: CachedAnswer<Value>): void {
    const bytes = answer.bytes + key.length * 2;
    if (bytes > this.maxBytes / 8) return;
    const kept = this.entries.get(key);
    if (kept && kept.version > answer.version) return;
    if (kept) this.remove(key, kept);
    this.entries.set(key, { ...answer, bytes });
    this.bytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string, entry: CachedAnswer<Value>): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
