import { loadAttendance } from './load/attendance.loader.js';
import type { Importer } from './load/importer.account.js';
import { readAgeBands, readQiProjects, readVenues } from './load/kind-reference.reader.js';
import { loadOutcomes } from './load/outcome.loader.js';
import { loadPopulation } from './load/population.loader.js';
import { loadQiMeasureValues } from './load/qi-measure.loader.js';
import { loadReferrals } from './load/referral.loader.js';
import type { Numbered, RowOutcome } from './load/row.outcome.js';
import type { ImportClient } from './load/sql.client.js';
import type { ImportKind } from './template/template.js';
import { checkAttendanceRow, type AttendanceRecord } from './validate/attendance.validate.js';
import { checkOutcomeRow, type OutcomeRecord } from './validate/outcome.validate.js';
import { checkPopulationRow, type PopulationRecord } from './validate/population.validate.js';
import { checkQiMeasureRow, type QiMeasureRecord } from './validate/qi-measure.validate.js';
import type { ReferenceData } from './validate/reference.data.js';
import { checkReferralRow, type Checked, type ReferralRecord } from './validate/referral.validate.js';

/** What one kind of file needs: the row check, the natural key inside a file, and the batch load. */
export interface KindRules<T> {
  check(values: Readonly<Record<string, string>>): Checked<T>;
  /** The natural key, and the reason a second row with it is refused. */
  key(record: T): string;
  duplicateReason(record: T, firstRow: number): string;
  load(client: ImportClient, batch: readonly Numbered<T>[]): Promise<RowOutcome[]>;
}

/** What every kind's rules are made from: the hub's codes, the pseudonym function, who imports and which file. */
interface KindContext {
  reference: ReferenceData;
  pseudonymise: (nhsNumber: string) => string;
  importer: Importer;
  fileName: string;
}

type AnyKindRules =
  KindRules<ReferralRecord> | KindRules<OutcomeRecord> | KindRules<AttendanceRecord> | KindRules<QiMeasureRecord> | KindRules<PopulationRecord>;

export async function kindRules(client: ImportClient, kind: ImportKind, context: KindContext): Promise<AnyKindRules> {
  const { reference } = context;
  const serviceCodes = new Map([...reference.services.values()].map((service) => [service.id, service.code]));
  const serviceCode = (id: number) => serviceCodes.get(id) ?? String(id);
  switch (kind) {
    case 'referrals':
      return {
        check: (values) => checkReferralRow(values, reference, context.pseudonymise),
        key: (record) => `${record.serviceId}\u0000${record.externalId}`,
        duplicateReason: (record, firstRow) => `referral_id: "${record.externalId}" is on row ${firstRow} too; a file holds each referral once`,
        load: loadReferrals,
      } satisfies KindRules<ReferralRecord>;
    case 'outcomes':
      return {
        check: (values) => checkOutcomeRow(values, reference),
        key: (record) => [record.serviceId, record.externalId, record.instrument, record.timepoint].join('\u0000'),
        duplicateReason: (record, firstRow) =>
          `referral_id: "${record.externalId}" has a ${record.instrument} score at ${record.timepoint} on row ${firstRow} too; a file holds each score once`,
        load: (client, batch) => loadOutcomes(client, batch, { allowedProgrammeIds: reference.allowedProgrammeIds, serviceCode }),
      } satisfies KindRules<OutcomeRecord>;
    case 'attendance': {
      const venues = await readVenues(client);
      return {
        check: (values) => checkAttendanceRow(values, reference, venues),
        key: (record) => [record.serviceId, record.externalId, record.sessionOn].join('\u0000'),
        duplicateReason: (record, firstRow) =>
          `session_on: referral "${record.externalId}" has a session on ${record.sessionOn} on row ${firstRow} too; a file holds each session once`,
        load: (client, batch) => loadAttendance(client, batch, { allowedProgrammeIds: reference.allowedProgrammeIds, serviceCode }),
      } satisfies KindRules<AttendanceRecord>;
    }
    case 'qi-measures': {
      const qi = { projects: await readQiProjects(client), allowedProjectIds: context.importer.qiProjectIds, today: reference.today };
      const author = { changedBy: context.importer.displayName, fileName: context.fileName };
      return {
        check: (values) => checkQiMeasureRow(values, qi),
        key: (record) => `${record.measureId}\u0000${record.periodStart}`,
        duplicateReason: (record, firstRow) =>
          `period_start: "${record.measureName}" has a value for ${record.periodStart} on row ${firstRow} too; a file holds each period once`,
        load: (client, batch) => loadQiMeasureValues(client, batch, author),
      } satisfies KindRules<QiMeasureRecord>;
    }
    case 'population': {
      const ageBands = await readAgeBands(client);
      return {
        check: (values) => checkPopulationRow(values, reference, ageBands),
        key: (record) => [record.year, record.wardCode, record.ethnicCode, record.ageBand, record.sex].join('\u0000'),
        duplicateReason: (record, firstRow) =>
          `residents: ${record.year} ${record.wardCode} ${record.ethnicCode} ${record.ageBand} ${record.sex} is on row ${firstRow} too; a file holds each cell once`,
        load: loadPopulation,
      } satisfies KindRules<PopulationRecord>;
    }
  }
}
