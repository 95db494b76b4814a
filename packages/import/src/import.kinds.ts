import { loadOutcomes } from './load/outcome.loader.js';
import { loadReferrals } from './load/referral.loader.js';
import type { LoadEffects, Numbered, RowOutcome } from './load/row.outcome.js';
import type { ImportClient } from './load/sql.client.js';
import type { ImportKind } from './template/template.js';
import { checkOutcomeRow, type OutcomeRecord } from './validate/outcome.validate.js';
import type { ReferenceData } from './validate/reference.data.js';
import { checkReferralRow, type Checked, type ReferralRecord } from './validate/referral.validate.js';

/** What one kind of file needs: the row check, the natural key inside a file, and the batch load. */
export interface KindRules<T> {
  check(values: Readonly<Record<string, string>>): Checked<T>;
  /** The natural key, and the reason a second row with it is refused. */
  key(record: T): string;
  duplicateReason(record: T, firstRow: number): string;
  load(client: ImportClient, batch: readonly Numbered<T>[], effects: LoadEffects): Promise<RowOutcome[]>;
}

export function kindRules(
  kind: ImportKind,
  reference: ReferenceData,
  pseudonymise: (nhsNumber: string) => string,
): KindRules<ReferralRecord> | KindRules<OutcomeRecord> {
  if (kind === 'referrals') {
    return {
      check: (values) => checkReferralRow(values, reference, pseudonymise),
      key: (record) => `${record.serviceId}\u0000${record.externalId}`,
      duplicateReason: (record, firstRow) => `referral_id: "${record.externalId}" is on row ${firstRow} too; a file holds each referral once`,
      load: loadReferrals,
    } satisfies KindRules<ReferralRecord>;
  }
  const serviceCodes = new Map([...reference.services.values()].map((service) => [service.id, service.code]));
  return {
    check: (values) => checkOutcomeRow(values, reference),
    key: (record) => [record.serviceId, record.externalId, record.instrument, record.timepoint].join('\u0000'),
    duplicateReason: (record, firstRow) =>
      `referral_id: "${record.externalId}" has a ${record.instrument} score at ${record.timepoint} on row ${firstRow} too; a file holds each score once`,
    load: (client, batch) =>
      loadOutcomes(client, batch, { allowedProgrammeIds: reference.allowedProgrammeIds, serviceCode: (id) => serviceCodes.get(id) ?? String(id) }),
  } satisfies KindRules<OutcomeRecord>;
}
