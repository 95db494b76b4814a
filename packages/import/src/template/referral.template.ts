import { CONDITIONS, PERSON_SEXES, REFERRAL_STATUSES } from '@hub/db';
import type { ImportTemplate } from './template.js';

/** A service's referrals with the person's details and the dates of each step (docs/import.md, "Referrals"). */
export const REFERRAL_TEMPLATE: ImportTemplate = {
  kind: 'referrals',
  sheet: 'Referrals',
  description: 'One row per referral: the person, the programme, and the date of each step it reached.',
  columns: [
    {
      name: 'referral_id',
      type: 'text',
      required: true,
      description: "The service's own identifier of the referral, unique within the service; a re-import finds the referral by it.",
      example: 'LTC-000123',
    },
    { name: 'programme', type: 'code', required: true, description: "The programme's code (or its name) as the hub lists it.", example: 'ltc-exercise-rehab' },
    {
      name: 'nhs_number',
      type: 'NHS number',
      required: true,
      description: 'Ten digits, spaces allowed; the check digit is verified. It is replaced by its pseudonym on reading and never stored.',
      example: '999 000 0001',
    },
    {
      name: 'birth_year',
      type: 'year',
      required: true,
      description: "The person's year of birth (not the date: the hub keeps no more than it needs).",
      example: '1954',
    },
    { name: 'sex', type: 'code', required: true, description: 'Person stated gender.', codes: PERSON_SEXES, example: 'female' },
    {
      name: 'ethnic_category',
      type: 'code',
      required: true,
      description: 'NHS Data Dictionary ethnic category: the code (A–S, Z, 99) or its label.',
      codes: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z', '99'],
      example: 'A',
    },
    {
      name: 'ward',
      type: 'code',
      required: false,
      description: "The ward of the person's home: its code or name. Blank when outside the area or not known.",
      example: 'BISC',
    },
    {
      name: 'source',
      type: 'code',
      required: true,
      description: 'Who referred.',
      codes: ['gp', 'hospital', 'community', 'social_care', 'self', 'other'],
      example: 'gp',
    },
    { name: 'received_on', type: 'date', required: true, description: 'The day the referral was received.', example: '2024-03-05' },
    { name: 'status', type: 'code', required: true, description: 'The step the referral has reached.', codes: REFERRAL_STATUSES, example: 'completed' },
    { name: 'assessed_on', type: 'date', required: false, description: 'Required when the status is assessed.', example: '2024-03-12' },
    { name: 'started_on', type: 'date', required: false, description: 'Required when the status is started, completed or dropped_out.', example: '2024-03-19' },
    {
      name: 'ended_on',
      type: 'date',
      required: false,
      description: 'Required when the status is completed, declined, did_not_start or dropped_out.',
      example: '2024-06-11',
    },
    {
      name: 'conditions',
      type: 'code list',
      required: false,
      description: 'Long-term conditions the referral is for, separated by ";".',
      codes: CONDITIONS,
      example: 'diabetes;msk',
    },
  ],
};
