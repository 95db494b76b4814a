import { describe, expect, it } from 'vitest';
import { ResultCache } from './result.cache.js';
import { resultCacheSettings } from './result-cache.settings.js';

// Keys of one character count 2 bytes, so an answer of 98 bytes takes 100.
const answer = (version: bigint, value: string) => ({ version, value, bytes: 98 });

describe('ResultCache', () => {
  it('gives an answer back only at the version it was computed at', () => {
    const cache = new ResultCache<string>(10_000);
    cache.set('a', answer(5n, 'five'));
    expect(cache.get('a', 5n)).toBe('five');
    expect(cache.get('a', 6n)).toBeUndefined();
    // Seen to be out of date, it is dropped.
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('keeps a newer answer when an older one, begun before a write, finishes after it', () => {
    const cache = new ResultCache<string>(10_000);
    cache.set('a', answer(7n, 'seven'));
    cache.set('a', answer(6n, 'six'));
    expect(cache.get('a', 7n)).toBe('seven');
  });

  it('stays within its byte budget by dropping the least recently used answer', () => {
    const cache = new ResultCache<string>(800);
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) cache.set(key, answer(1n, key));
    expect(cache.size).toEqual({ entries: 8, bytes: 800 });
    cache.get('a', 1n);
    cache.set('i', answer(1n, 'i'));
    expect(cache.size).toEqual({ entries: 8, bytes: 800 });
    expect(cache.get('b', 1n)).toBeUndefined();
    expect(cache.get('a', 1n)).toBe('a');
  });

  it('does not keep an answer larger than an eighth of the budget', () => {
    const cache = new ResultCache<string>(799);
    cache.set('a', answer(1n, 'a'));
    expect(cache.size.entries).toBe(0);
  });
});

describe('resultCacheSettings', () => {
  it('is on with 64 MB unless told otherwise', () => {
    expect(resultCacheSettings({})).toEqual({ enabled: true, maxBytes: 64 * 1024 * 1024 });
    expect(resultCacheSettings({ HUB_RESULT_CACHE: 'off', HUB_RESULT_CACHE_MB: '16' })).toEqual({ enabled: false, maxBytes: 16 * 1024 * 1024 });
    expect(resultCacheSettings({ HUB_RESULT_CACHE: ' ON ' }).enabled).toBe(true);
  });

  it('refuses a value it does not understand, naming the setting', () => {
    expect(() => resultCacheSettings({ HUB_RESULT_CACHE: 'yes' })).toThrow('HUB_RESULT_CACHE must be "on" or "off", not "yes".');
    expect(() => resultCacheSettings({ HUB_RESULT_CACHE_MB: '0' })).toThrow(/HUB_RESULT_CACHE_MB must be a whole number of megabytes, at least 1, not "0"/);
    expect(() => resultCacheSettings({ HUB_RESULT_CACHE_MB: '1.5' })).toThrow(/HUB_RESULT_CACHE_MB/);
  });
});
