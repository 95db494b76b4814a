import { describe, expect, it } from 'vitest';
import { directlyStandardisedRate } from './standardised.rate.js';
import { ESP_2013_FIVE_YEAR, standardPopulation } from './european-standard-population.js';

describe('standardPopulation (ESP 2013)', () => {
  it('sums to 100,000 over every age', () => {
    expect(standardPopulation(0, null)).toBe(100_000);
    expect(ESP_2013_FIVE_YEAR.reduce((sum, band) => sum + band.weight, 0)).toBe(100_000);
  });

  // 16–24: 4/5 of 15–19 (4,400) + 20–24 (6,000); 0–15: 5,000 + 5,500 + 5,500 + 1/5 of 5,500.
  it('splits a five-year band by the years inside the range', () => {
    expect([standardPopulation(16, 24), standardPopulation(0, 15), standardPopulation(85, null), standardPopulation(25, 34)]).toEqual([
      10_400, 17_100, 2_500, 12_500,
    ]);
  });

  it('names a bad range', () => {
    expect(() => standardPopulation(30, 20)).toThrow(/to must/);
  });
});

describe('directlyStandardisedRate (Dobson)', () => {
  // By hand: rates 20/10,000 and 50/5,000; DSR = (60,000 × 0.002 + 40,000 × 0.01) / 100,000
  // = 520 per 100,000. var = (60,000² × 20 / 10,000² + 40,000² × 50 / 5,000²) / 100,000²
  // = 3,920 per 100,000². Byar for O = 70: 54.566 to 88.442. Dobson: 520 + √(3,920/70) × (O′ − 70).
  const bands = [
    { events: 20, population: 10_000, standardWeight: 60_000 },
    { events: 50, population: 5_000, standardWeight: 40_000 },
  ];

  it("weights each band's rate by the standard population", () => {
    expect(directlyStandardisedRate(bands)?.rate).toBeCloseTo(520, 9);
  });

  it("gives Dobson's interval from Byar's interval for the total count", () => {
    const dsr = directlyStandardisedRate(bands);
    expect(dsr?.lower).toBeCloseTo(520 + Math.sqrt(56) * (54.5659 - 70), 1);
    expect(dsr?.upper).toBeCloseTo(520 + Math.sqrt(56) * (88.4417 - 70), 1);
    expect([dsr?.events, dsr?.population]).toEqual([70, 15_000]);
  });

  // One band: the DSR is the crude rate, and Dobson reduces to Byar's interval on that rate.
  it('equals the crude rate and its Byar interval with one band', () => {
    const dsr = directlyStandardisedRate([{ events: 30, population: 2_000, standardWeight: 7_000 }], 1_000);
    expect(dsr?.rate).toBeCloseTo(15, 9);
    expect(dsr?.lower).toBeCloseTo((30 * (1 - 1 / 270 - 1.959964 / (3 * Math.sqrt(30))) ** 3) / 2, 3);
  });

  it('publishes nothing from fewer than 10 events', () => {
    expect(directlyStandardisedRate([{ events: 9, population: 1_000, standardWeight: 1 }])).toBeNull();
  });

  it('leaves out bands with nobody in them, and refuses events without people', () => {
    expect(directlyStandardisedRate([...bands, { events: 0, population: 0, standardWeight: 5_000 }])?.rate).toBeCloseTo(520, 9);
    expect(() => directlyStandardisedRate([{ events: 3, population: 0, standardWeight: 1 }])).toThrow(/no population/);
  });
});
