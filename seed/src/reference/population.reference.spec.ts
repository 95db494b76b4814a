import { describe, expect, it } from 'vitest';
import { ethnicShares, population, POPULATION_TOTAL } from './population.reference.js';
import { wards } from './ward.reference.js';

const broadOf = new Map(ethnicShares.map((ethnic) => [ethnic.code, ethnic.broad]));
const sum = (cells: typeof population): number => cells.reduce((total, cell) => total + cell.residents, 0);
const share = (cells: typeof population, keep: (cell: (typeof population)[number]) => boolean): number => (100 * sum(cells.filter(keep))) / sum(cells);

describe('population denominators of the synthetic town', () => {
  it('add up to the town of 225,300 in every ward × ethnic × age × sex cell', () => {
    expect(sum(population)).toBe(POPULATION_TOTAL);
    expect(population).toHaveLength(19 * 16 * 9 * 2);
    expect(population.every((cell) => Number.isInteger(cell.residents) && cell.residents >= 0)).toBe(true);
  });

  it('have the town-wide ethnic mix', () => {
    expect(share(population, (cell) => broadOf.get(cell.ethnicCode) === 'White')).toBeCloseTo(45.2, 0);
    expect(share(population, (cell) => cell.ethnicCode === 'A')).toBeCloseTo(31.8, 0);
    expect(share(population, (cell) => broadOf.get(cell.ethnicCode) === 'Asian')).toBeCloseTo(37.0, 0);
    expect(share(population, (cell) => broadOf.get(cell.ethnicCode) === 'Black')).toBeCloseTo(10.1, 0);
    expect(share(population, (cell) => ['Mixed', 'Other'].includes(broadOf.get(cell.ethnicCode)!))).toBeCloseTo(7.7, 0);
  });

  it('make Pakistani the largest Asian group', () => {
    const asian = ['H', 'J', 'K', 'L'].map((code) => [code, sum(population.filter((cell) => cell.ethnicCode === code))] as const);
    expect(asian.sort((a, b) => b[1] - a[1])[0][0]).toBe('J');
  });

  it('are younger than average: many children, few over 65', () => {
    expect(share(population, (cell) => cell.ageBand === '0-15')).toBeGreaterThan(21);
    expect(share(population, (cell) => ['65-74', '75-84', '85+'].includes(cell.ageBand))).toBeLessThan(15);
  });

  it('vary by ward: Biscot, Dallow and Saints mostly Asian; Stopsley, Barnfield and Wigmore whiter', () => {
    const asianShare = (code: string): number =>
      share(
        population.filter((cell) => cell.wardCode === code),
        (cell) => broadOf.get(cell.ethnicCode) === 'Asian',
      );
    for (const code of ['BISC', 'DALL', 'SAIN']) expect(asianShare(code)).toBeGreaterThan(65);
    for (const code of ['STOP', 'BARN', 'WIGM']) expect(asianShare(code)).toBeLessThan(15);
  });

  it('use ward codes the schema accepts', () => {
    expect(wards).toHaveLength(19);
    expect(wards.every((ward) => /^[A-Z0-9]{2,12}$/.test(ward.code))).toBe(true);
  });
});
