import { REFERRAL_REFERENCE_COLUMNS } from './referral.columns.js';
import type { ImportTemplate } from './template.js';

/** Sessions a referral was booked on and whether the person came (docs/import.md, "Attendance"). */
export const ATTENDANCE_TEMPLATE: ImportTemplate = {
  kind: 'attendance',
  sheet: 'Attendance',
  description: 'One row per booked session: the referral (by the service and its own identifier), the day, the venue and whether the person came.',
  columns: [
    ...REFERRAL_REFERENCE_COLUMNS,
    {
      name: 'session_on',
      type: 'date',
      required: true,
      description: 'The day of the session: from the day the referral was received to the day it ended.',
      example: '2024-03-19',
    },
    {
      name: 'status',
      type: 'code',
      required: true,
      description: 'Whether the person came; a session cancelled by the service is taken off the referral.',
      codes: ['attended', 'did_not_attend', 'cancelled'],
      example: 'attended',
    },
    {
      name: 'venue',
      type: 'code',
      required: false,
      description: "The venue's code or name; required unless the session was cancelled.",
      example: 'stopsley-leisure',
    },
  ],
};
