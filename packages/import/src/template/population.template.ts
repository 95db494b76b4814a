import { POPULATION_SEXES } from '@hub/db';
import type { ImportTemplate } from './template.js';

/** Residents by ward, ethnic category, age band and sex: the uptake denominators (docs/import.md, "Population"). */
export const POPULATION_TEMPLATE: ImportTemplate = {
  kind: 'population',
  sheet: 'Population',
  description: 'One row per cell of the census table: the year, the ward, the ethnic category, the age band, the sex and the residents.',
  columns: [
    { name: 'year', type: 'year', required: true, description: 'The census or mid-year estimate the count belongs to.', example: '2021' },
    { name: 'ward', type: 'code', required: true, description: "The ward's code or name.", example: 'BISC' },
    {
      name: 'ethnic_category',
      type: 'code',
      required: true,
      description: 'NHS Data Dictionary ethnic category: the code (A–S) or its label; a census count has no "not stated" or "not known".',
      codes: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S'],
      example: 'J',
    },
    {
      name: 'age_band',
      type: 'code',
      required: true,
      description: 'The census age band: its code, or written as "65 to 74" or "85 and over".',
      codes: ['0-15', '16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-84', '85+'],
      example: '65-74',
    },
    { name: 'sex', type: 'code', required: true, description: 'Census sex: female or male (F, M, 1, 2).', codes: POPULATION_SEXES, example: 'female' },
    { name: 'residents', type: 'number', required: true, description: 'The residents in the cell: a whole number, 0 or more.', example: '412' },
  ],
};
