import { describe, expect, it } from 'vitest';
import { parseDate, parseNhsNumber, parseNumber, parseYear } from './cell.values.js';
import { ATTENDANCE_STATUS_CODES, codeOf, ETHNIC_CODES, INSTRUMENT_CODES, REFERRAL_SOURCE_CODES, SEX_CODES, TIMEPOINT_CODES } from './code.spellings.js';

describe('cell values', () => {
  it('reads ISO and day-first dates, never month first, and refuses days not on the calendar', () => {
    expect(parseDate('2024-03-05')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDate('05/03/2024')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDate('5/3/2024')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDate('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('29/02/2023')).toEqual({ ok: false, rule: 'is not a day of the calendar' });
    expect(parseDate('2000-02-29')).toEqual({ ok: true, value: '2000-02-29' });
    expect(parseDate('1900-02-29')).toEqual({ ok: false, rule: 'is not a day of the calendar' });
    expect(parseDate('2024-4-31')).toEqual({ ok: false, rule: 'is not a day of the calendar' });
    expect(parseDate('2024-13-01')).toEqual({ ok: false, rule: 'is not a day of the calendar' });
    expect(parseDate('00/01/2024')).toEqual({ ok: false, rule: 'is not a day of the calendar' });
    expect(parseDate('31.12.1899')).toEqual({ ok: false, rule: 'is before 1900' });
    expect(parseDate('March 5')).toEqual({ ok: false, rule: 'is not a date: write it as YYYY-MM-DD or DD/MM/YYYY' });
  });

  it('checks the NHS number check digit and reads the spaces services print', () => {
    // 943 476 5919 is the NHS's own example: 9×10+4×9+3×8+4×7+7×6+6×5+5×4+9×3+1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
    expect(parseNhsNumber('943 476 5919')).toEqual({ ok: true, value: '9434765919' });
    expect(parseNhsNumber('9434765918')).toEqual({ ok: false, rule: 'check digit is wrong' });
    expect(parseNhsNumber('94347659')).toEqual({ ok: false, rule: 'must be 10 digits' });
  });

  it('reads years and numbers', () => {
    expect(parseYear('1954', 2025)).toEqual({ ok: true, value: 1954 });
    expect(parseYear('2030', 2025)).toEqual({ ok: false, rule: 'must be from 1900 to 2025' });
    expect(parseNumber('2.5')).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber('=1+1')).toEqual({ ok: false, rule: 'is not a number' });
  });
});

describe('code spellings', () => {
  it('accepts NHS Data Dictionary codes and labels for ethnic category', () => {
    expect(['A', 'White British', 'White - British', 'british', 'WHITE_BRITISH'].map((text) => codeOf(ETHNIC_CODES, text))).toEqual(['A', 'A', 'A', 'A', 'A']);
    expect(codeOf(ETHNIC_CODES, 'Asian or Asian British - Pakistani')).toBe('J');
    expect(codeOf(ETHNIC_CODES, '99')).toBe('99');
    expect(codeOf(ETHNIC_CODES, 'Purple')).toBeNull();
  });

  it('accepts the usual spellings of sources, sexes, timepoints and instruments', () => {
    expect(codeOf(REFERRAL_SOURCE_CODES, 'Self-referral')).toBe('self');
    expect(codeOf(REFERRAL_SOURCE_CODES, 'A&E')).toBe('hospital');
    expect(codeOf(SEX_CODES, '2')).toBe('female');
    expect(codeOf(SEX_CODES, 'X')).toBe('not_stated');
    expect(codeOf(TIMEPOINT_CODES, '6 months')).toBe('follow_up_6m');
    expect(codeOf(INSTRUMENT_CODES, 'PHQ-9')).toBe('phq9');
    expect(codeOf(INSTRUMENT_CODES, 'Short Warwick-Edinburgh Mental Wellbeing Scale')).toBe('swemwbs');
  });

  it('reads NHS attended-or-did-not-attend codes: a patient cancellation is a missed session, a service cancellation no session', () => {
    expect(['5', '6', 'Yes', 'attended'].map((text) => codeOf(ATTENDANCE_STATUS_CODES, text))).toEqual(['attended', 'attended', 'attended', 'attended']);
    expect(['2', '3', '7', 'DNA', 'Cancelled by patient'].map((text) => codeOf(ATTENDANCE_STATUS_CODES, text))).toEqual(Array(5).fill('did_not_attend'));
    expect(['4', 'Cancelled by service'].map((text) => codeOf(ATTENDANCE_STATUS_CODES, text))).toEqual(['cancelled', 'cancelled']);
    expect(codeOf(ATTENDANCE_STATUS_CODES, 'Maybe')).toBeNull();
  });
});
