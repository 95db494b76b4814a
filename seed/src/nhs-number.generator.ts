import { createHmac } from 'node:crypto';

/**
 * Synthetic NHS numbers in the never-issued 999 range (docs/methods.md, "Codes") and their keyed
 * pseudonyms. The hub never stores the number itself, only HMAC-SHA-256 with a key held
 * outside the database (pseudonym-key.file.ts); there is deliberately no default key.
 */

/** The modulus-11 check digit for the first nine digits, or null where the number cannot be issued. */
export function nhsCheckDigit(firstNine: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? null : check;
}

export function isValidNhsNumber(candidate: string): boolean {
  if (!/^\d{10}$/.test(candidate)) return false;
  return nhsCheckDigit(candidate.slice(0, 9)) === Number(candidate[9]);
}

/** About 909,000 usable numbers: 999 + six digits + a check digit, minus those whose check is 10. */
export const SYNTHETIC_NHS_CAPACITY = 909_000;

const RANGE = 1_000_000;
/** Coprime with 10^6, so stepping by it visits every six-digit body once, in a scattered order. */
const STRIDE = 387_853;

/**
 * Hands out distinct valid 999-range numbers. The order is scattered so that person 1 and
 * person 2 do not get neighbouring numbers, but it is fixed, so a seed reproduces them.
 */
export class NhsNumberSequence {
  private step = 0;

  /** `area` is the first three digits: 999, the range never issued to a patient, unless a bench needs numbers the synthetic town has not used. */
  constructor(
    private readonly offset: number,
    private readonly area = '999',
  ) {}

  next(): string {
    while (this.step < RANGE) {
      const body = (this.offset + this.step * STRIDE) % RANGE;
      this.step++;
      const firstNine = `${this.area}${String(body).padStart(6, '0')}`;
      const check = nhsCheckDigit(firstNine);
      if (check !== null) return `${firstNine}${check}`;
    }
    throw new RangeError('The 999 test range has no NHS numbers left; ask for fewer people');
  }
}

export function pseudonymise(nhsNumber: string, key: string): string {
  return createHmac('sha256', key).update(nhsNumber).digest('hex');
}
