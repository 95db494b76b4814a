import { keysetCount, keysetPage, type KeysetTable } from '../common/keyset.table.js';
import type { PageRequest } from '../common/page.args.js';
import type { Page } from '../common/page.types.js';
import { RecordScope } from '../access/record.scope.js';
import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import { STATUS_ORDER } from './referral.enums.js';
import type { ReferralFilter } from './referral.input.js';

export interface ReferralRow {
  id: string;
  person_id: string;
  programme_id: string;
  source_code: string;
  outreach_event_id: string | null;
  received_on: string;
  reason: string;
  conditions: string[];
  status: string;
  assessed_on: string | null;
  started_on: string | null;
  ended_on: string | null;
  wait_days: number | null;
}
export interface StatusEventRow {
  referral_id: string;
  status: string;
  occurred_on: string;
}

export const REFERRAL_CURSOR = 'referral';

const REFERRAL_COLUMNS = `r.id::text as id, r.person_id::text as person_id, r.programme_id::text as programme_id,
  r.source_code, r.outreach_event_id::text as outreach_event_id, r.received_on, r.reason, r.conditions, r.status,
  r.assessed_on, r.started_on, r.ended_on, (r.started_on - r.received_on) as wait_days`;
const REFERRALS: KeysetTable = { from: 'referral r', alias: 'r', columns: REFERRAL_COLUMNS, cursor: REFERRAL_CURSOR, idType: 'bigint' };

/** The filter as SQL over `referral r`; the list and its total share it so they always agree. */
function referralConditions(filter: ReferralFilter): SqlConditions {
  return new SqlConditions()
    .when(filter.receivedFrom, 'r.received_on >= ?::date', filter.receivedFrom)
    .when(filter.receivedTo, 'r.received_on <= ?::date', filter.receivedTo)
    .when(filter.programmeIds, 'r.programme_id = any(?::int[])', filter.programmeIds)
    .when(filter.serviceIds, 'r.programme_id in (select id from programme where service_id = any(?::int[]))', filter.serviceIds)
    .when(filter.wardCodes, 'r.person_id in (select id from person where ward_code = any(?))', filter.wardCodes)
    .when(filter.ethnicCodes, 'r.person_id in (select id from person where ethnic_code = any(?))', filter.ethnicCodes)
    .when(filter.sourceCodes, 'r.source_code = any(?)', filter.sourceCodes)
    .when(filter.statuses, 'r.status = any(?)', filter.statuses);
}

/** Queries for referrals and their status history. */
export class ReferralRepository {
  constructor(
    private readonly sql: SqlClient,
    private readonly scope: RecordScope = RecordScope.ALL,
  ) {}

  page(filter: ReferralFilter, page: PageRequest): Promise<Page<ReferralRow>> {
    return keysetPage<ReferralRow>(this.sql, REFERRALS, this.scope.limit(referralConditions(filter), 'referral', 'r'), page);
  }

  count(filter: ReferralFilter): Promise<number> {
    return keysetCount(this.sql, REFERRALS, this.scope.limit(referralConditions(filter), 'referral', 'r'));
  }

  byIds(ids: readonly string[]): Promise<ReferralRow[]> {
    const where = this.scope.where('referral', 'r').add('r.id = any(?::bigint[])', ids);
    return this.sql.rows(`select ${REFERRAL_COLUMNS} from referral r ${where.toWhere()}`, where.params);
  }

  byPersonIds(personIds: readonly string[]): Promise<ReferralRow[]> {
    const where = this.scope.where('referral', 'r').add('r.person_id = any(?::bigint[])', personIds);
    return this.sql.rows(`select ${REFERRAL_COLUMNS} from referral r ${where.toWhere()} order by r.received_on, r.id`, where.params);
  }

  statusHistory(referralIds: readonly string[]): Promise<StatusEventRow[]> {
    const where = this.scope.where('byReferral', 'e').add('e.referral_id = any(?::bigint[])', referralIds);
    return this.sql.rows(
      `select e.referral_id::text as referral_id, e.status, e.occurred_on from referral_status_event e
       ${where.toWhere()} order by e.referral_id, e.occurred_on, array_position(?::text[], e.status)`,
      [...where.params, STATUS_ORDER],
    );
  }
}
