import { describe, expect, it } from 'vitest';
import type { ChangeFeed } from '../cache/change.feed.js';
import { ANONYMOUS, type Viewer } from './viewer.js';
import { ViewerCache } from './viewer.cache.js';

/** A feed whose state the test sets. */
const feedOf = (state: { live: boolean; generation: number }) => state as unknown as ChangeFeed;
const viewer: Viewer = { ...ANONYMOUS, account: { id: 7, email: 'a@test.hub', displayName: 'A', role: 'analyst', isDemo: false } };

describe('sign-ins kept between requests', () => {
  it('are used while nothing has changed, and dropped when anything has', () => {
    const feed = { live: true, generation: 1 };
    const cache = new ViewerCache(feedOf(feed));
    cache.keep('hash', viewer, cache.generation);
    expect(cache.find('hash')).toBe(viewer);
    feed.generation = 2;
    expect(cache.find('hash')).toBeUndefined();
    // Dropped for good: the next read keeps a fresh entry.
    feed.generation = 1;
    expect(cache.find('hash')).toBeUndefined();
  });

  it('are not kept when something changed while they were being read', () => {
    const feed = { live: true, generation: 1 };
    const cache = new ViewerCache(feedOf(feed));
    const generation = cache.generation;
    feed.generation = 2;
    cache.keep('hash', viewer, generation);
    expect(cache.find('hash')).toBeUndefined();
  });

  it('are neither kept nor used while the feed is down', () => {
    const feed = { live: false, generation: 1 };
    const cache = new ViewerCache(feedOf(feed));
    expect(cache.generation).toBeNull();
    cache.keep('hash', viewer, 1);
    feed.live = true;
    expect(cache.find('hash')).toBeUndefined();
    cache.keep('hash', viewer, cache.generation);
    feed.live = false;
    expect(cache.find('hash')).toBeUndefined();
  });

  it('end with their session, and after ten seconds at most', () => {
    let now = 1_000_000;
    const feed = { live: true, generation: 1 };
    const cache = new ViewerCache(feedOf(feed), () => now);
    cache.keep('ends soon', viewer, cache.generation, now + 5_000);
    cache.keep('ends later', viewer, cache.generation, now + 3_600_000);
    now += 4_999;
    expect(cache.find('ends soon')).toBe(viewer);
    now += 1;
    expect(cache.find('ends soon')).toBeUndefined();
    now += 4_999;
    expect(cache.find('ends later')).toBe(viewer);
    now += 1;
    expect(cache.find('ends later')).toBeUndefined();
  });
});
