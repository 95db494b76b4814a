import { keysetCount, keysetPage, type KeysetTable } from '../common/keyset.table.js';
import type { PageRequest } from '../common/page.args.js';
import type { Page } from '../common/page.types.js';
import { RecordScope } from '../access/record.scope.js';
import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import type { OutcomeFilter } from './outcome.input.js';

export interface OutcomeRow {
  id: string;
  referral_id: string;
  instrument_code: string;
  timepoint: string;
  measured_on: string;
  score: number;
  items: number[] | null;
}

export const OUTCOME_CURSOR = 'outcome';
const COLUMNS = `o.id::text as id, o.referral_id::text as referral_id, o.instrument_code, o.timepoint, o.measured_on,
  o.score::float8 as score, o.items::int[] as items`;
const OUTCOMES: KeysetTable = { from: 'outcome_measurement o', alias: 'o', columns: COLUMNS, cursor: OUTCOME_CURSOR, idType: 'bigint' };
const TIMEPOINT_ORDER = ['baseline', 'end', 'follow_up_6m', 'follow_up_12m'];

function outcomeConditions(filter: OutcomeFilter): SqlConditions {
  return new SqlConditions()
    .when(filter.referralIds, 'o.referral_id = any(?::bigint[])', filter.referralIds)
    .when(filter.programmeIds, 'o.referral_id in (select id from referral where programme_id = any(?::int[]))', filter.programmeIds)
    .when(filter.referralStatuses, 'o.referral_id in (select id from referral where status = any(?))', filter.referralStatuses)
    .when(filter.instrumentCodes, 'o.instrument_code = any(?)', filter.instrumentCodes)
    .when(filter.timepoints, 'o.timepoint = any(?)', filter.timepoints)
    .when(filter.measuredFrom, 'o.measured_on >= ?::date', filter.measuredFrom)
    .when(filter.measuredTo, 'o.measured_on <= ?::date', filter.measuredTo);
}

/** Queries for outcome measurements. */
export class OutcomeRepository {
  constructor(
    private readonly sql: SqlClient,
    private readonly scope: RecordScope = RecordScope.ALL,
  ) {}

  page(filter: OutcomeFilter, page: PageRequest): Promise<Page<OutcomeRow>> {
    return keysetPage<OutcomeRow>(this.sql, OUTCOMES, this.scope.limit(outcomeConditions(filter), 'byReferral', 'o'), page);
  }

  count(filter: OutcomeFilter): Promise<number> {
    return keysetCount(this.sql, OUTCOMES, this.scope.limit(outcomeConditions(filter), 'byReferral', 'o'));
  }

  byIds(ids: readonly string[]): Promise<OutcomeRow[]> {
    const where = this.scope.where('byReferral', 'o').add('o.id = any(?::bigint[])', ids);
    return this.sql.rows(`select ${COLUMNS} from outcome_measurement o ${where.toWhere()}`, where.params);
  }

  byReferralIds(referralIds: readonly string[]): Promise<OutcomeRow[]> {
    const where = this.scope.where('byReferral', 'o').add('o.referral_id = any(?::bigint[])', referralIds);
    return this.sql.rows(
      `select ${COLUMNS} from outcome_measurement o ${where.toWhere()}
       order by o.instrument_code, array_position(?::text[], o.timepoint)`,
      [...where.params, TIMEPOINT_ORDER],
    );
  }
}
