import type { Condition } from '../reference/reference.enums.js';
import type { AttendanceRow } from './attendance.repository.js';
import { Attendance } from './attendance.type.js';
import type { ReferralStatus } from './referral.enums.js';
import type { ReferralRow, StatusEventRow } from './referral.repository.js';
import { Referral, ReferralStatusEvent } from './referral.type.js';

export const toReferral = (row: ReferralRow): Referral =>
  Object.assign(new Referral(), {
    id: row.id,
    receivedOn: row.received_on,
    reason: row.reason,
    conditions: row.conditions as Condition[],
    status: row.status as ReferralStatus,
    assessedOn: row.assessed_on,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    waitDays: row.wait_days,
    personId: row.person_id,
    programmeId: row.programme_id,
    sourceCode: row.source_code,
    outreachEventId: row.outreach_event_id,
  });

export const toStatusEvent = (row: StatusEventRow): ReferralStatusEvent =>
  Object.assign(new ReferralStatusEvent(), { status: row.status as ReferralStatus, occurredOn: row.occurred_on });

export const toAttendance = (row: AttendanceRow): Attendance =>
  Object.assign(new Attendance(), { sessionOn: row.session_on, attended: row.attended, referralId: row.referral_id, venueId: row.venue_id });
