import { describe, expect, it } from 'vitest';
import { CODE_PART, DATE_PART, decodeCursor, encodeCursor, ID_PART } from './cursor.codec.js';

describe('cursors', () => {
  it('round-trip a key through an opaque, URL-safe string', () => {
    const cursor = encodeCursor('attendance', ['42', '2020-02-29']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('42');
    expect(decodeCursor(cursor, 'attendance', [ID_PART, DATE_PART])).toEqual(['42', '2020-02-29']);
  });

  it('refuse a cursor from another list, naming after', () => {
    const cursor = encodeCursor('person', ['7']);
    expect(() => decodeCursor(cursor, 'referral', [ID_PART])).toThrow(/Invalid argument "after"/);
  });

  it('refuse text that is not base64 JSON', () => {
    expect(() => decodeCursor('%%%', 'referral', [ID_PART])).toThrow(/"after"/);
    expect(() => decodeCursor(Buffer.from('{not json').toString('base64url'), 'referral', [ID_PART])).toThrow(/"after"/);
  });

  it('refuse a key part that would not fit its column', () => {
    expect(() => decodeCursor(encodeCursor('referral', ['1; drop table referral']), 'referral', [ID_PART])).toThrow(/"after"/);
    expect(() => decodeCursor(encodeCursor('attendance', ['1', '2020-02-30']), 'attendance', [ID_PART, DATE_PART])).toThrow(/"after"/);
    expect(() => decodeCursor(encodeCursor('population', ['a b']), 'population', [CODE_PART])).toThrow(/"after"/);
  });

  it('refuse a cursor with the wrong number of parts', () => {
    expect(() => decodeCursor(encodeCursor('referral', ['1', '2']), 'referral', [ID_PART])).toThrow(/"after"/);
  });
});
