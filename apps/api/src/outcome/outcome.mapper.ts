import type { OutcomeRow } from './outcome.repository.js';
import { OutcomeMeasurement, type Timepoint } from './outcome.type.js';

export const toOutcome = (row: OutcomeRow): OutcomeMeasurement =>
  Object.assign(new OutcomeMeasurement(), {
    id: row.id,
    timepoint: row.timepoint as Timepoint,
    measuredOn: row.measured_on,
    score: row.score,
    items: row.items,
    referralId: row.referral_id,
    instrumentCode: row.instrument_code,
  });
