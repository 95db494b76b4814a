import { describe, expect, it } from 'vitest';
import { assertScore, comparedValue, getInstrument, INSTRUMENT_CODES, instruments } from './instrument.catalogue.js';

describe('instruments', () => {
  it('lists the thirteen instrument codes of docs/methods.md, "Outcome instruments and scoring", in the order reports show them', () => {
    expect(INSTRUMENT_CODES).toEqual([
      'swemwbs',
      'wemwbs',
      'gse',
      'activity',
      'gp_ae_visits',
      'fruit_veg',
      'ons4_life',
      'ons4_worthwhile',
      'ons4_happy',
      'ons4_anxiety',
      'phq9',
      'gad7',
      'co_ppm',
    ]);
  });

  it('keys every instrument by its own code', () => {
    expect(INSTRUMENT_CODES.every((code) => instruments[code].code === code)).toBe(true);
  });

  it('gives SWEMWBS 7 items scored 1–5, total 7–35, meaningful change 3', () => {
    expect(instruments.swemwbs).toMatchObject({
      min: 7,
      max: 35,
      items: { count: 7, min: 1, max: 5 },
      higherIsBetter: true,
      meaningfulChange: 3,
    });
  });

  it('gives WEMWBS a total of 14–70', () => {
    expect([instruments.wemwbs.min, instruments.wemwbs.max]).toEqual([14, 70]);
  });

  it('gives GSE 10 items scored 1–4, total 10–40', () => {
    expect(instruments.gse).toMatchObject({ min: 10, max: 40, items: { count: 10, min: 1, max: 4 } });
  });

  it('gives PHQ-9 a total of 0–27 and GAD-7 0–21, both lower-is-better', () => {
    expect([instruments.phq9.max, instruments.gad7.max, instruments.phq9.higherIsBetter]).toEqual([27, 21, false]);
  });

  it('marks GP and A&E visits and ONS4 anxiety as lower-is-better', () => {
    expect([instruments.gp_ae_visits.higherIsBetter, instruments.ons4_anxiety.higherIsBetter]).toEqual([false, false]);
  });

  it('sets 5 a day as the fruit and vegetable threshold', () => {
    expect(instruments.fruit_veg.threshold).toMatchObject({ value: 5, comparison: 'atLeast' });
  });

  it('sets under 10 ppm as the CO-confirmed quit threshold', () => {
    expect(instruments.co_ppm.threshold).toMatchObject({ value: 10, comparison: 'below' });
  });
});

describe('getInstrument', () => {
  it('throws RangeError for an unknown code', () => {
    expect(() => getInstrument('bmi' as never)).toThrow(RangeError);
  });
});

describe('assertScore', () => {
  it('accepts a score at the top of the range', () => {
    expect(() => assertScore('gse', 40)).not.toThrow();
  });

  it('rejects a score above the range', () => {
    expect(() => assertScore('wemwbs', 71)).toThrow(RangeError);
  });

  it('rejects a fractional score on a whole-number scale', () => {
    expect(() => assertScore('gp_ae_visits', 1.5)).toThrow(RangeError);
  });

  it('accepts a fractional portion count', () => {
    expect(() => assertScore('fruit_veg', 2.5)).not.toThrow();
  });
});

describe('comparedValue', () => {
  it('converts a SWEMWBS raw total of 21 to its metric score 19.25', () => {
    expect(comparedValue('swemwbs', 21)).toBe(19.25);
  });

  it('keeps a PHQ-9 total as recorded', () => {
    expect(comparedValue('phq9', 12)).toBe(12);
  });
});

describe('the catalogue as reference data', () => {
  it('gives every open-ended measure a ceiling and every closed scale its top as the ceiling', () => {
    expect(INSTRUMENT_CODES.map((code) => [code, instruments[code].ceiling])).toEqual([
      ['swemwbs', 35],
      ['wemwbs', 70],
      ['gse', 40],
      ['activity', 10080],
      ['gp_ae_visits', 200],
      ['fruit_veg', 30],
      ['ons4_life', 10],
      ['ons4_worthwhile', 10],
      ['ons4_happy', 10],
      ['ons4_anxiety', 10],
      ['phq9', 27],
      ['gad7', 21],
      ['co_ppm', 200],
    ]);
  });

  it('has histogram edges that rise and start at the bottom of the scale', () => {
    for (const code of INSTRUMENT_CODES) {
      const { histogramEdges: edges, min } = instruments[code];
      expect(edges[0]).toBe(min);
      expect(edges.every((edge, i) => i === 0 || edge > edges[i - 1])).toBe(true);
    }
  });
});
