import { wards } from './ward.reference.js';

/**
 * Residents by ward × ethnic category × age band × sex for 2021 (docs/methods.md, "The synthetic town"). The town
 * totals are fixed (225,300 people; White 45.2% of whom White British 31.8%, Asian 37.0% with
 * Pakistani the largest group, Black 10.1%, Mixed and other 7.7%); each ward's mix comes from
 * its factors in ward.reference.ts, fitted to those totals by iterative proportional fitting.
 */
export const POPULATION_YEAR = 2021;
export const POPULATION_TOTAL = 225_300;

export type Broad = 'White' | 'Mixed' | 'Asian' | 'Black' | 'Other';

/** Census-style categories (no "not stated" in a census count); shares are % of all residents. */
export const ethnicShares: readonly { code: string; broad: Broad; percent: number }[] = [
  { code: 'A', broad: 'White', percent: 31.8 },
  { code: 'B', broad: 'White', percent: 1.1 },
  { code: 'C', broad: 'White', percent: 12.3 },
  { code: 'D', broad: 'Mixed', percent: 1.3 },
  { code: 'E', broad: 'Mixed', percent: 0.4 },
  { code: 'F', broad: 'Mixed', percent: 0.8 },
  { code: 'G', broad: 'Mixed', percent: 1.0 },
  { code: 'H', broad: 'Asian', percent: 5.4 },
  { code: 'J', broad: 'Asian', percent: 21.9 },
  { code: 'K', broad: 'Asian', percent: 6.4 },
  { code: 'L', broad: 'Asian', percent: 3.3 },
  { code: 'M', broad: 'Black', percent: 2.8 },
  { code: 'N', broad: 'Black', percent: 6.4 },
  { code: 'P', broad: 'Black', percent: 0.9 },
  { code: 'R', broad: 'Other', percent: 0.4 },
  { code: 'S', broad: 'Other', percent: 3.8 },
];

export const ageBands = ['0-15', '16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-84', '85+'] as const;
export type AgeBand = (typeof ageBands)[number];
export const ageBandMin = [0, 16, 25, 35, 45, 55, 65, 75, 85] as const;
export const ageBandMax = [15, 24, 34, 44, 54, 64, 74, 84, 98] as const;

/** Age profiles: White British and Irish residents are older, the Asian, Black and Mixed groups younger. */
const ageProfiles: Record<string, readonly number[]> = {
  A: [0.17, 0.09, 0.12, 0.11, 0.14, 0.14, 0.11, 0.08, 0.04],
  B: [0.08, 0.06, 0.1, 0.12, 0.15, 0.17, 0.15, 0.12, 0.05],
  C: [0.22, 0.09, 0.24, 0.22, 0.12, 0.06, 0.03, 0.015, 0.005],
  Mixed: [0.42, 0.16, 0.14, 0.1, 0.08, 0.05, 0.03, 0.015, 0.005],
  Asian: [0.27, 0.13, 0.17, 0.15, 0.11, 0.08, 0.05, 0.03, 0.01],
  Black: [0.27, 0.12, 0.16, 0.16, 0.13, 0.08, 0.04, 0.03, 0.01],
  Other: [0.22, 0.12, 0.2, 0.18, 0.12, 0.08, 0.05, 0.02, 0.01],
};
const femaleShareByAge = [0.49, 0.49, 0.5, 0.5, 0.5, 0.51, 0.52, 0.56, 0.64];

export interface PopulationCell {
  wardCode: string;
  ethnicCode: string;
  ageBand: AgeBand;
  sex: 'female' | 'male';
  residents: number;
}

export const population: readonly PopulationCell[] = buildPopulation();

function buildPopulation(): PopulationCell[] {
  const wardEthnic = fitWardEthnicTotals();
  const cells: PopulationCell[] = [];
  const exact: number[] = [];
  wards.forEach((ward, w) => {
    ethnicShares.forEach((ethnic, e) => {
      const ages = wardAgeProfile(ageProfiles[ethnic.code] ?? ageProfiles[ethnic.broad], ward.ageing);
      ages.forEach((ageShare, a) => {
        for (const sex of ['female', 'male'] as const) {
          const sexShare = sex === 'female' ? femaleShareByAge[a] : 1 - femaleShareByAge[a];
          cells.push({ wardCode: ward.code, ethnicCode: ethnic.code, ageBand: ageBands[a], sex, residents: 0 });
          exact.push(wardEthnic[w][e] * ageShare * sexShare);
        }
      });
    });
  });
  roundToTotal(exact, POPULATION_TOTAL).forEach((value, i) => (cells[i].residents = value));
  return cells;
}

/** Older wards have relatively more people over 55 and fewer under 25. */
function wardAgeProfile(profile: readonly number[], ageing: number): number[] {
  const shaped = profile.map((share, a) => share * (a >= 5 ? ageing : a <= 1 ? 1 / Math.sqrt(ageing) : 1));
  const sum = shaped.reduce((total, share) => total + share, 0);
  return shaped.map((share) => share / sum);
}

/** Iterative proportional fitting of ward × ethnic counts to the ward sizes and town-wide shares. */
function fitWardEthnicTotals(): number[][] {
  const wardSum = wards.reduce((total, ward) => total + ward.residents, 0);
  const rowTargets = wards.map((ward) => (ward.residents / wardSum) * POPULATION_TOTAL);
  const columnTargets = ethnicShares.map((ethnic) => (ethnic.percent / 100) * POPULATION_TOTAL);
  const factor = (w: number, broad: Broad): number => (broad === 'Asian' ? wards[w].asianFactor : broad === 'Black' ? wards[w].blackFactor : 1);
  const matrix = wards.map((_, w) => ethnicShares.map((ethnic, e) => rowTargets[w] * columnTargets[e] * factor(w, ethnic.broad)));
  for (let round = 0; round < 200; round++) {
    matrix.forEach((row, w) => {
      const sum = row.reduce((total, value) => total + value, 0);
      row.forEach((value, e) => (row[e] = (value * rowTargets[w]) / sum));
    });
    columnTargets.forEach((target, e) => {
      const sum = matrix.reduce((total, row) => total + row[e], 0);
      matrix.forEach((row) => (row[e] = (row[e] * target) / sum));
    });
  }
  return matrix;
}

/** Largest-remainder rounding, so the whole numbers still add up to the town's total. */
function roundToTotal(values: number[], total: number): number[] {
  const floors = values.map(Math.floor);
  let shortfall = total - floors.reduce((sum, value) => sum + value, 0);
  const order = values.map((_, i) => i).sort((a, b) => values[b] - floors[b] - (values[a] - floors[a]) || a - b);
  for (const i of order) {
    if (shortfall <= 0) break;
    floors[i]++;
    shortfall--;
  }
  return floors;
}
