import { TIMEPOINTS } from '@hub/db';
import { instruments } from '@hub/analytics';
import { REFERRAL_REFERENCE_COLUMNS } from './referral.columns.js';
import type { ImportTemplate } from './template.js';

/** Instrument scores for referrals already in the hub (docs/import.md, "Outcomes"). */
export const OUTCOME_TEMPLATE: ImportTemplate = {
  kind: 'outcomes',
  sheet: 'Outcomes',
  description: 'One row per score: the referral (by the service and its own identifier), the instrument, the timepoint, the day and the score.',
  columns: [
    ...REFERRAL_REFERENCE_COLUMNS,
    {
      name: 'instrument',
      type: 'code',
      required: true,
      description: 'The instrument: its code, name or abbreviation.',
      codes: Object.keys(instruments),
      example: 'swemwbs',
    },
    { name: 'timepoint', type: 'code', required: true, description: 'When in the programme the score was taken.', codes: TIMEPOINTS, example: 'baseline' },
    { name: 'measured_on', type: 'date', required: true, description: 'The day the score was taken.', example: '2024-03-19' },
    { name: 'score', type: 'number', required: true, description: "The total score, within the instrument's range (SWEMWBS raw total 7–35).", example: '21' },
  ],
};
