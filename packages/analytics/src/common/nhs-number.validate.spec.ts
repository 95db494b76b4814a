import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from './nhs-number.validate.js';

describe('isValidNhsNumber', () => {
  // 9·10 + 4·9 + 3·8 + 4·7 + 7·6 + 6·5 + 5·4 + 9·3 + 1·2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
  it('accepts 943 476 5919 with spaces', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
  });

  it('accepts 9434765919 without spaces', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
  });

  // 9·10 + 9·9 + 9·8 + 0 + 0 + 0 + 0 + 0 + 1·2 = 245; 245 mod 11 = 3; check 8.
  it('accepts a test number in the 999 range: 999 000 0018', () => {
    expect(isValidNhsNumber('999 000 0018')).toBe(true);
  });

  // 000 000 006: 6·2 = 12, 12 mod 11 = 1, so the check would be 10 and no final digit works.
  it('rejects every number whose check digit would be 10', () => {
    const candidates = Array.from({ length: 10 }, (_, last) => `000000006${last}`);
    expect(candidates.filter(isValidNhsNumber)).toEqual([]);
  });

  it('rejects nine digits', () => {
    expect(isValidNhsNumber('943476591')).toBe(false);
  });

  it('rejects letters', () => {
    expect(isValidNhsNumber('94347659A9')).toBe(false);
  });
});
