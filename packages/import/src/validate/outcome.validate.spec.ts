import { describe, expect, it } from 'vitest';
import { checkOutcomeRow } from './outcome.validate.js';
import type { ReferenceData } from './reference.data.js';

const reference: ReferenceData = {
  programmes: new Map(),
  services: new Map([['ltc team', { id: 1, code: 'ltc-team' }]]),
  wards: new Map(),
  allowedProgrammeIds: null,
  today: '2025-06-30',
};
const row = (score: string, instrument = 'swemwbs') => ({
  service: 'ltc-team',
  referral_id: 'R1',
  instrument,
  timepoint: 'Start',
  measured_on: '01/02/2024',
  score,
});

describe('an outcome row', () => {
  it('becomes a record with the hub codes', () => {
    expect(checkOutcomeRow(row('21'), reference)).toEqual({
      ok: true,
      pseudonym: null,
      record: { serviceId: 1, externalId: 'R1', instrument: 'swemwbs', timepoint: 'baseline', measuredOn: '2024-02-01', score: 21 },
    });
  });

  it("is refused outside the instrument's range or in fractions of a whole-number scale", () => {
    expect(checkOutcomeRow(row('36'), reference)).toMatchObject({ ok: false, reasons: [`score: "36" is outside swemwbs's range 7–35`] });
    expect(checkOutcomeRow(row('20.5'), reference)).toMatchObject({ ok: false, reasons: ['score: "20.5" must be a whole number for swemwbs'] });
    expect(checkOutcomeRow(row('2.5', 'fruit_veg'), reference)).toMatchObject({ ok: true });
  });
});
