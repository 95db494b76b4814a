import type { OutcomeRecord } from '../validate/outcome.validate.js';
import type { Numbered, RowOutcome } from './row.outcome.js';
import { rowsOf, type ImportClient } from './sql.client.js';

interface Target {
  referralId: number;
  programmeId: number;
}

/**
 * Writes one batch of checked outcome rows onto referrals already in the hub, found by the
 * service and its own identifier; a score for an unknown referral, or one outside the
 * importer's programmes, is quarantined.
 */
export async function loadOutcomes(
  client: ImportClient,
  batch: readonly Numbered<OutcomeRecord>[],
  context: { allowedProgrammeIds: ReadonlySet<number> | null; serviceCode: (id: number) => string },
): Promise<RowOutcome[]> {
  const targets = await referralsOf(client, batch);
  const stored = await storedScores(
    client,
    [...targets.values()].map((target) => target.referralId),
  );
  const outcomes: RowOutcome[] = [];
  const writes: (OutcomeRecord & { referralId: number })[] = [];
  for (const { record } of batch) {
    const target = targets.get(`${record.serviceId}\u0000${record.externalId}`);
    if (!target) {
      const service = context.serviceCode(record.serviceId);
      outcomes.push({ quarantined: [`referral_id: "${record.externalId}" is not a referral of ${service} in the hub; import the referral first`] });
      continue;
    }
    if (context.allowedProgrammeIds && !context.allowedProgrammeIds.has(target.programmeId)) {
      outcomes.push({ quarantined: [`referral_id: "${record.externalId}" is in a programme outside the services and programmes your account manages`] });
      continue;
    }
    const before = stored.get(`${target.referralId}\u0000${record.instrument}\u0000${record.timepoint}`);
    if (before && before.measuredOn === record.measuredOn && before.score === record.score) {
      outcomes.push('unchanged');
      continue;
    }
    writes.push({ ...record, referralId: target.referralId });
    outcomes.push(before ? 'updated' : 'inserted');
  }
  if (writes.length > 0) {
    // A changed score no longer matches the item answers recorded with the old one, so they are cleared.
    await client.query(
      `insert into outcome_measurement (referral_id, instrument_code, timepoint, measured_on, score)
       select * from unnest($1::bigint[], $2::text[], $3::text[], $4::date[], $5::numeric[])
       on conflict (referral_id, instrument_code, timepoint) do update set measured_on = excluded.measured_on, score = excluded.score,
         items = case when outcome_measurement.score = excluded.score then outcome_measurement.items end`,
      [
        writes.map((write) => write.referralId),
        writes.map((write) => write.instrument),
        writes.map((write) => write.timepoint),
        writes.map((write) => write.measuredOn),
        writes.map((write) => write.score),
      ],
    );
  }
  return outcomes;
}

async function referralsOf(client: ImportClient, batch: readonly Numbered<OutcomeRecord>[]): Promise<Map<string, Target>> {
  const rows = await rowsOf<{ id: number; service_id: number; external_id: string; programme_id: number }>(
    client,
    `select r.id::int, r.external_service_id as service_id, r.external_id, r.programme_id
       from unnest($1::int[], $2::text[]) as k(service_id, external_id)
       join referral r on r.external_service_id = k.service_id and r.external_id = k.external_id`,
    [batch.map((row) => row.record.serviceId), batch.map((row) => row.record.externalId)],
  );
  return new Map(rows.map((row) => [`${row.service_id}\u0000${row.external_id}`, { referralId: row.id, programmeId: row.programme_id }]));
}

async function storedScores(client: ImportClient, referralIds: number[]): Promise<Map<string, { measuredOn: string; score: number }>> {
  const rows = await rowsOf<{ referral_id: number; instrument_code: string; timepoint: string; measured_on: string; score: string }>(
    client,
    `select referral_id::int, instrument_code, timepoint, measured_on::text, score::text from outcome_measurement where referral_id = any($1::bigint[])`,
    [referralIds],
  );
  return new Map(
    rows.map((row) => [`${row.referral_id}\u0000${row.instrument_code}\u0000${row.timepoint}`, { measuredOn: row.measured_on, score: Number(row.score) }]),
  );
}
