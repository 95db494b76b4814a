import { instruments, type InstrumentCode } from '@hub/analytics';
import type { Timepoint } from '@hub/db';
import { parseDate, parseNumber } from '../value/cell.values.js';
import { INSTRUMENT_CODES, spellingKey, TIMEPOINT_CODES } from '../value/code.spellings.js';
import type { ReferenceData } from './reference.data.js';
import type { Checked } from './referral.validate.js';
import { RowReasons } from './row.reasons.js';

/** An outcome row as the hub stores it, the referral still named by the service's identifier. */
export interface OutcomeRecord {
  serviceId: number;
  externalId: string;
  instrument: InstrumentCode;
  timepoint: Timepoint;
  measuredOn: string;
  score: number;
}

/** Checks one outcome row (docs/import.md, "Outcomes"); whether its referral exists is the loader's question. */
export function checkOutcomeRow(values: Readonly<Record<string, string>>, reference: ReferenceData): Checked<OutcomeRecord> {
  const row = new RowReasons(values);
  const serviceText = row.required('service');
  const service = serviceText === null ? undefined : reference.services.get(spellingKey(serviceText));
  if (serviceText !== null && !service) row.add('service', 'is not a service of the hub');
  const externalId = row.required('referral_id');
  const instrument = row.code('instrument', INSTRUMENT_CODES, `the instruments (${Object.keys(instruments).join(', ')})`) as InstrumentCode | null;
  const timepoint = row.code('timepoint', TIMEPOINT_CODES, 'the timepoints (baseline, end, follow_up_6m, follow_up_12m)') as Timepoint | null;
  const measuredOn = row.parsed('measured_on', parseDate, true);
  if (measuredOn !== null && measuredOn > reference.today) row.add('measured_on', `is in the future (today is ${reference.today})`);
  const score = row.parsed('score', parseNumber, true);
  if (score !== null && instrument !== null) {
    const scale = instruments[instrument];
    const max = scale.max ?? scale.ceiling;
    if (score < scale.min || score > max) row.add('score', `is outside ${instrument}'s range ${scale.min}–${max}`);
    else if (scale.wholeNumbers && !Number.isInteger(score)) row.add('score', `must be a whole number for ${instrument}`);
  }
  if (!row.ok) return { ok: false, reasons: row.list, pseudonym: null };
  return {
    ok: true,
    pseudonym: null,
    record: { serviceId: service!.id, externalId: externalId!, instrument: instrument!, timepoint: timepoint!, measuredOn: measuredOn!, score: score! },
  };
}
