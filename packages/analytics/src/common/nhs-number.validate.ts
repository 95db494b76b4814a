// NHS number check digit, modulus 11 (docs/methods.md, "Codes").

/**
 * Ten digits, optionally grouped with spaces (943 476 5919). Digits 1–9 are
 * weighted 10 down to 2; check = 11 − (sum mod 11), where 11 means 0 and 10
 * means no valid number exists with those nine digits.
 */
export function isValidNhsNumber(input: string): boolean {
  if (typeof input !== 'string') return false;
  const digits = input.replace(/ /g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
