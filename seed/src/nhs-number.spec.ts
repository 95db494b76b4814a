import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, nhsCheckDigit, NhsNumberSequence, pseudonymise } from './nhs-number.generator.js';

describe('NHS numbers', () => {
  it('accepts the worked example of docs/methods.md, "Codes", and rejects a wrong check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
  });

  it('treats a check of 11 as 0 and a check of 10 as unusable', () => {
    // 9,9,9,0,0,0,0,0,1 weighted: 90+81+72+2 = 245; 245 mod 11 = 3; 11 - 3 = 8.
    expect(nhsCheckDigit('999000001')).toBe(8);
    // 999000000 gives 243, 243 mod 11 = 1, so the check is 10: never issued.
    expect(nhsCheckDigit('999000000')).toBeNull();
  });

  it('hands out distinct valid numbers in the 999 test range', () => {
    const sequence = new NhsNumberSequence(12_345);
    const numbers = Array.from({ length: 5_000 }, () => sequence.next());
    expect(new Set(numbers).size).toBe(5_000);
    expect(numbers.every((number) => number.startsWith('999') && isValidNhsNumber(number))).toBe(true);
  });
});

describe('pseudonyms', () => {
  const TEST_KEY = 'nhs-number-spec-test-key-0123456789abcdef';

  it('are 64 hex characters that depend on the key', () => {
    const pseudonym = pseudonymise('9990000018', 'key-a');
    expect(pseudonym).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonymise('9990000018', 'key-b')).not.toBe(pseudonym);
  });

  it('are HMAC-SHA-256 of the number under the key, the same every time for the same key', () => {
    // echo -n 9990000018 | openssl dgst -sha256 -hmac nhs-number-spec-test-key-0123456789abcdef
    expect(pseudonymise('9990000018', TEST_KEY)).toBe('61bde2bcc9581dc7064e74571fe7830e2eeb1863c7570a7df3999701357b3f01');
    expect(pseudonymise('9990000018', TEST_KEY)).toBe(pseudonymise('9990000018', TEST_KEY));
  });

  it('have no default key: the module offers none to fall back on', async () => {
    const generator: Record<string, unknown> = await import('./nhs-number.generator.js');
    const seed: Record<string, unknown> = await import('./index.js');
    for (const exported of [generator, seed]) {
      expect(Object.keys(exported).filter((name) => /KEY$/.test(name) && name !== 'PSEUDONYM_KEY_FILE_NAME')).toEqual([]);
      expect(exported).not.toHaveProperty('pseudonymKey');
    }
  });
});
