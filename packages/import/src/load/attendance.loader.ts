import type { AttendanceRecord } from '../validate/attendance.validate.js';
import { knownReferrals, referralKey, referralRefusal, type KnownReferral } from './referral.lookup.js';
import type { Numbered, RowOutcome } from './row.outcome.js';
import { rowsOf, type ImportClient } from './sql.client.js';

interface Write {
  referralId: number;
  sessionOn: string;
  venueId: number;
  attended: boolean;
}

/**
 * Writes one batch of checked attendance rows onto referrals already in the hub. A session the
 * service cancelled is taken off the referral (the person could not have come to it); a row for
 * an unknown referral, one outside the importer's programmes, or a day outside the referral is
 * quarantined.
 */
export async function loadAttendance(
  client: ImportClient,
  batch: readonly Numbered<AttendanceRecord>[],
  context: { allowedProgrammeIds: ReadonlySet<number> | null; serviceCode: (id: number) => string },
): Promise<RowOutcome[]> {
  const referrals = await knownReferrals(
    client,
    batch.map((row) => row.record),
  );
  const stored = await storedSessions(
    client,
    [...referrals.values()].map((referral) => referral.id),
  );
  const outcomes: RowOutcome[] = [];
  const writes: Write[] = [];
  const removals: { referralId: number; sessionOn: string }[] = [];
  for (const { record } of batch) {
    const referral = referrals.get(referralKey(record.serviceId, record.externalId));
    const refusal =
      referralRefusal(referral, record.externalId, context.serviceCode(record.serviceId), context.allowedProgrammeIds) ?? sessionRefusal(referral!, record);
    if (refusal) {
      outcomes.push({ quarantined: [refusal] });
      continue;
    }
    const before = stored.get(`${referral!.id}\u0000${record.sessionOn}`);
    if (record.status === 'cancelled') {
      if (before) removals.push({ referralId: referral!.id, sessionOn: record.sessionOn });
      outcomes.push(before ? 'updated' : 'unchanged');
      continue;
    }
    const attended = record.status === 'attended';
    if (before && before.venueId === record.venueId && before.attended === attended) {
      outcomes.push('unchanged');
      continue;
    }
    writes.push({ referralId: referral!.id, sessionOn: record.sessionOn, venueId: record.venueId!, attended });
    outcomes.push(before ? 'updated' : 'inserted');
  }
  await writeSessions(client, writes);
  await removeSessions(client, removals);
  return outcomes;
}

/**
 * A session is booked between the day the referral was received and the day it ended; a person
 * who came to one has started, on or before that day (started_on is their first session).
 */
function sessionRefusal(referral: KnownReferral, record: AttendanceRecord): string | null {
  const day = record.sessionOn;
  if (day < referral.receivedOn) return `session_on: "${day}" is before the referral was received (${referral.receivedOn})`;
  if (referral.endedOn !== null && day > referral.endedOn) return `session_on: "${day}" is after the referral ended (${referral.endedOn}, ${referral.status})`;
  if (record.status !== 'attended') return null;
  if (referral.startedOn === null) return `status: "attended" but referral "${record.externalId}" never started (its status is ${referral.status})`;
  if (day < referral.startedOn) return `status: "attended" on ${day} is before the referral started (${referral.startedOn})`;
  return null;
}

async function storedSessions(client: ImportClient, referralIds: number[]): Promise<Map<string, { venueId: number; attended: boolean }>> {
  const rows = await rowsOf<{ referral_id: number; session_on: string; venue_id: number; attended: boolean }>(
    client,
    `select referral_id::int, session_on::text, venue_id, attended from attendance where referral_id = any($1::bigint[])`,
    [referralIds],
  );
  return new Map(rows.map((row) => [`${row.referral_id}\u0000${row.session_on}`, { venueId: row.venue_id, attended: row.attended }]));
}

async function writeSessions(client: ImportClient, writes: readonly Write[]): Promise<void> {
  if (writes.length === 0) return;
  await client.query(
    `insert into attendance (referral_id, session_on, venue_id, attended)
     select * from unnest($1::bigint[], $2::date[], $3::int[], $4::boolean[])
     on conflict (referral_id, session_on) do update set venue_id = excluded.venue_id, attended = excluded.attended`,
    [
      writes.map((write) => write.referralId),
      writes.map((write) => write.sessionOn),
      writes.map((write) => write.venueId),
      writes.map((write) => write.attended),
    ],
  );
}

async function removeSessions(client: ImportClient, removals: readonly { referralId: number; sessionOn: string }[]): Promise<void> {
  if (removals.length === 0) return;
  await client.query(
    `delete from attendance a using unnest($1::bigint[], $2::date[]) as u(referral_id, session_on) where a.referral_id = u.referral_id and a.session_on = u.session_on`,
    [removals.map((removal) => removal.referralId), removals.map((removal) => removal.sessionOn)],
  );
}
