import type { OutcomeRecord } from '../validate/outcome.validate.js';
import type { Numbered, RowOutcome } from './row.outcome.js';
import { knownReferrals, referralKey, referralRefusal } from './referral.lookup.js';
import { rowsOf, type ImportClient } from './sql.client.js';

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
  const targets = await knownReferrals(
    client,
    batch.map(({ record }) => record),
  );
  const stored = await storedScores(
    client,
    [...targets.values()].map((target) => target.id),
  );
  const outcomes: RowOutcome[] = [];
  const writes: (OutcomeRecord & { referralId: number })[] = [];
  for (const { record } of batch) {
    const target = targets.get(referralKey(record.serviceId, record.externalId));
    const refusal = referralRefusal(target, record.externalId, context.serviceCode(record.serviceId), context.allowedProgrammeIds);
    if (!target || refusal) {
      outcomes.push({ quarantined: [refusal!] });
      continue;
    }
    const before = stored.get(`${target.id}\u0000${record.instrument}\u0000${record.timepoint}`);
    if (before && before.measuredOn === record.measuredOn && before.score === record.score) {
      outcomes.push('unchanged');
      continue;
    }
    writes.push({ ...record, referralId: target.id });
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
