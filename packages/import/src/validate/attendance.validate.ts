import { parseDate } from '../value/cell.values.js';
import { ATTENDANCE_STATUS_CODES, spellingKey } from '../value/code.spellings.js';
import type { ReferenceData } from './reference.data.js';
import type { Checked } from './referral.validate.js';
import { RowReasons } from './row.reasons.js';

type AttendanceStatus = 'attended' | 'did_not_attend' | 'cancelled';

/** An attendance row as the hub stores it, the referral still named by the service's identifier. */
export interface AttendanceRecord {
  serviceId: number;
  externalId: string;
  sessionOn: string;
  status: AttendanceStatus;
  /** Null only for a cancelled session, which is not kept. */
  venueId: number | null;
}

/**
 * Checks one attendance row (docs/import.md, "Attendance"); whether the referral exists and the
 * session falls within it is the loader's question.
 */
export function checkAttendanceRow(
  values: Readonly<Record<string, string>>,
  reference: ReferenceData,
  venues: ReadonlyMap<string, number>,
): Checked<AttendanceRecord> {
  const row = new RowReasons(values);
  const serviceText = row.required('service');
  const service = serviceText === null ? undefined : reference.services.get(spellingKey(serviceText));
  if (serviceText !== null && !service) row.add('service', 'is not a service of the hub');
  const externalId = row.required('referral_id');
  const sessionOn = row.parsed('session_on', parseDate, true);
  if (sessionOn !== null && sessionOn > reference.today) row.add('session_on', `is in the future (today is ${reference.today})`);
  const status = row.code(
    'status',
    ATTENDANCE_STATUS_CODES,
    'attended, did_not_attend, cancelled (or DNA, Yes, No, the NHS codes 2–7)',
  ) as AttendanceStatus | null;
  const venueText = row.text('venue');
  const venueId = venueText === '' ? null : (venues.get(spellingKey(venueText)) ?? undefined);
  if (venueId === undefined) row.add('venue', 'is not a venue of the hub');
  else if (venueId === null && status !== null && status !== 'cancelled') row.add('venue', `is required when the status is ${status}`, null);
  if (!row.ok) return { ok: false, reasons: row.list, pseudonym: null };
  return { ok: true, pseudonym: null, record: { serviceId: service!.id, externalId: externalId!, sessionOn: sessionOn!, status: status!, venueId: venueId! } };
}
