import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate.limiter.js';

describe('RateLimiter', () => {
  it('allows the limit in a minute and refuses the next, saying how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([null, null, null]);
    now = 15_000;
    expect(limiter.take('a')).toBe(45);
  });

  it('counts each caller apart', () => {
    const limiter = new RateLimiter(1, () => 0);
    expect(limiter.take('a')).toBeNull();
    expect(limiter.take('b')).toBeNull();
    expect(limiter.take('a')).toBe(60);
  });

  it('starts a fresh window after a minute', () => {
    let now = 0;
    const limiter = new RateLimiter(1, () => now);
    limiter.take('a');
    now = 60_000;
    expect(limiter.take('a')).toBeNull();
  });
});
