/**
 * The 19 wards of the Luton-like town (docs/methods.md, "The synthetic town"). Deciles are synthetic but keep the real
 * pattern: the central wards are the most deprived, the edge-of-town wards the least.
 * `asianFactor` and `blackFactor` say how much more (or less) common each group is in the
 * ward than in the town; they shape the population mix, whose town totals are then fixed.
 */
export interface WardReference {
  code: string;
  name: string;
  deprivationDecile: number;
  /** Approximate residents in 2021 before scaling the town to its total. */
  residents: number;
  asianFactor: number;
  blackFactor: number;
  /** Older wards have more people over 65. */
  ageing: number;
}

export const wards: readonly WardReference[] = [
  { code: 'BARN', name: 'Barnfield', deprivationDecile: 8, residents: 10_400, asianFactor: 0.14, blackFactor: 0.6, ageing: 1.35 },
  { code: 'BISC', name: 'Biscot', deprivationDecile: 1, residents: 16_300, asianFactor: 5.0, blackFactor: 0.6, ageing: 0.8 },
  { code: 'BRAM', name: 'Bramingham', deprivationDecile: 7, residents: 9_600, asianFactor: 0.35, blackFactor: 0.8, ageing: 1.2 },
  { code: 'CHAL', name: 'Challney', deprivationDecile: 3, residents: 12_400, asianFactor: 2.4, blackFactor: 0.8, ageing: 0.9 },
  { code: 'CRAW', name: 'Crawley', deprivationDecile: 5, residents: 10_600, asianFactor: 0.5, blackFactor: 1.0, ageing: 1.05 },
  { code: 'DALL', name: 'Dallow', deprivationDecile: 1, residents: 15_600, asianFactor: 4.6, blackFactor: 0.9, ageing: 0.8 },
  { code: 'FARL', name: 'Farley', deprivationDecile: 2, residents: 12_100, asianFactor: 0.5, blackFactor: 1.6, ageing: 0.9 },
  { code: 'HIGH', name: 'High Town', deprivationDecile: 2, residents: 10_300, asianFactor: 0.55, blackFactor: 1.7, ageing: 0.75 },
  { code: 'ICKN', name: 'Icknield', deprivationDecile: 7, residents: 9_300, asianFactor: 0.35, blackFactor: 0.7, ageing: 1.3 },
  { code: 'LEAG', name: 'Leagrave', deprivationDecile: 4, residents: 12_300, asianFactor: 0.9, blackFactor: 1.3, ageing: 1.0 },
  { code: 'LEWS', name: 'Lewsey', deprivationDecile: 3, residents: 12_500, asianFactor: 0.5, blackFactor: 1.5, ageing: 0.95 },
  { code: 'LIMB', name: 'Limbury', deprivationDecile: 5, residents: 10_200, asianFactor: 0.9, blackFactor: 1.0, ageing: 1.1 },
  { code: 'NORT', name: 'Northwell', deprivationDecile: 2, residents: 10_500, asianFactor: 0.4, blackFactor: 1.5, ageing: 0.9 },
  { code: 'ROUN', name: 'Round Green', deprivationDecile: 4, residents: 11_200, asianFactor: 0.45, blackFactor: 1.1, ageing: 1.05 },
  { code: 'SAIN', name: 'Saints', deprivationDecile: 3, residents: 13_400, asianFactor: 4.0, blackFactor: 0.7, ageing: 0.85 },
  { code: 'SOUT', name: 'South', deprivationDecile: 1, residents: 14_200, asianFactor: 0.7, blackFactor: 1.55, ageing: 0.7 },
  { code: 'STOP', name: 'Stopsley', deprivationDecile: 8, residents: 10_100, asianFactor: 0.13, blackFactor: 0.5, ageing: 1.45 },
  { code: 'SUND', name: 'Sundon Park', deprivationDecile: 5, residents: 9_500, asianFactor: 0.4, blackFactor: 1.0, ageing: 1.15 },
  { code: 'WIGM', name: 'Wigmore', deprivationDecile: 8, residents: 11_000, asianFactor: 0.17, blackFactor: 0.6, ageing: 1.3 },
];

export interface LsoaReference {
  code: string;
  wardCode: string;
  deprivationDecile: number;
}

/** Small areas within a ward differ by a decile or so around the ward's own decile. */
const LSOA_DECILE_OFFSETS = [0, -1, 1, 0, 1, -1, 0, 2];

/** Six to eight synthetic LSOAs a ward, numbered from E01015771 like the town's real range. */
export const lsoas: readonly LsoaReference[] = wards.flatMap((ward, wardIndex) => {
  const count = 6 + (wardIndex % 3);
  return Array.from({ length: count }, (_, i) => ({
    code: `E0101${String(5771 + wardIndex * 8 + i).padStart(4, '0')}`,
    wardCode: ward.code,
    deprivationDecile: Math.min(10, Math.max(1, ward.deprivationDecile + LSOA_DECILE_OFFSETS[i])),
  }));
});
