import { describe, expect, it } from 'vitest';
import { isCase, isCaseOnEither, recovered, reliablyImproved, reliablyImprovedOnEither } from './talking-therapies.rules.js';

describe('isCase', () => {
  it('makes PHQ-9 of 10 a case and 9 not', () => {
    expect([isCase('phq9', 10), isCase('phq9', 9)]).toEqual([true, false]);
  });

  it('makes GAD-7 of 8 a case and 7 not', () => {
    expect([isCase('gad7', 8), isCase('gad7', 7)]).toEqual([true, false]);
  });

  it('rejects a PHQ-9 above 27', () => {
    expect(() => isCase('phq9', 28)).toThrow(RangeError);
  });
});

describe('isCaseOnEither', () => {
  it('counts a case on GAD-7 alone', () => {
    expect(isCaseOnEither({ phq9: 4, gad7: 9 })).toBe(true);
  });
});

describe('recovered', () => {
  it('is true for a case at the start below both cut-offs at the end', () => {
    expect(recovered({ phq9: 15, gad7: 12 }, { phq9: 9, gad7: 7 })).toBe(true);
  });

  it('is false when still a case on one measure at the end', () => {
    expect(recovered({ phq9: 15, gad7: 12 }, { phq9: 9, gad7: 8 })).toBe(false);
  });

  it('is null when not a case at the start', () => {
    expect(recovered({ phq9: 9, gad7: 7 }, { phq9: 2, gad7: 2 })).toBeNull();
  });
});

describe('reliablyImproved', () => {
  it('needs PHQ-9 to fall by 6: 16 → 10 yes, 16 → 11 no', () => {
    expect([reliablyImproved('phq9', 16, 10), reliablyImproved('phq9', 16, 11)]).toEqual([true, false]);
  });

  it('needs GAD-7 to fall by 4: 12 → 8 yes, 12 → 9 no', () => {
    expect([reliablyImproved('gad7', 12, 8), reliablyImproved('gad7', 12, 9)]).toEqual([true, false]);
  });
});

describe('reliablyImprovedOnEither', () => {
  it('is true when only GAD-7 falls reliably', () => {
    expect(reliablyImprovedOnEither({ phq9: 12, gad7: 12 }, { phq9: 10, gad7: 8 })).toBe(true);
  });
});
