import { RecordScope } from '../access/record.scope.js';
import { keysetCount, keysetPage, type KeysetTable } from '../common/keyset.table.js';
import type { PageRequest } from '../common/page.args.js';
import type { Page } from '../common/page.types.js';
import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import type { OutreachEventFilter } from './outreach.input.js';

export interface OutreachEventRow {
  id: string;
  held_on: string;
  title: string;
  kind: string;
  ward_code: string | null;
  community: string;
  attendance: number;
}
export interface ReferralCountRow {
  outreach_event_id: string;
  count: number;
}

export const OUTREACH_CURSOR = 'outreach-event';
const COLUMNS = 'e.id::text as id, e.held_on, e.title, e.kind, e.ward_code, e.community, e.attendance';
const OUTREACH_EVENTS: KeysetTable = { from: 'outreach_event e', alias: 'e', columns: COLUMNS, cursor: OUTREACH_CURSOR, idType: 'int' };

function outreachConditions(filter: OutreachEventFilter): SqlConditions {
  return new SqlConditions()
    .when(filter.heldFrom, 'e.held_on >= ?::date', filter.heldFrom)
    .when(filter.heldTo, 'e.held_on <= ?::date', filter.heldTo)
    .when(filter.wardCodes, 'e.ward_code = any(?)', filter.wardCodes)
    .when(filter.kinds, 'e.kind = any(?)', filter.kinds);
}

/** Queries for outreach events and the referrals attributed to them. */
export class OutreachRepository {
  constructor(
    private readonly sql: SqlClient,
    /** The programmes whose referrals the caller's figures may count. */
    private readonly scope: RecordScope = RecordScope.ALL,
  ) {}

  page(filter: OutreachEventFilter, page: PageRequest): Promise<Page<OutreachEventRow>> {
    return keysetPage<OutreachEventRow>(this.sql, OUTREACH_EVENTS, outreachConditions(filter), page);
  }

  count(filter: OutreachEventFilter): Promise<number> {
    return keysetCount(this.sql, OUTREACH_EVENTS, outreachConditions(filter));
  }

  byIds(ids: readonly string[]): Promise<OutreachEventRow[]> {
    return this.sql.rows(`select ${COLUMNS} from outreach_event e where e.id = any(?::int[])`, [ids]);
  }

  /** Referrals attributed to each event, counting only those the caller's scope reaches. */
  referralCounts(eventIds: readonly string[]): Promise<ReferralCountRow[]> {
    const where = this.scope.where('referral', 'r').add('r.outreach_event_id = any(?::int[])', eventIds);
    return this.sql.rows(
      `select r.outreach_event_id::text as outreach_event_id, count(*)::int as count from referral r
       ${where.toWhere()} group by r.outreach_event_id`,
      where.params,
    );
  }
}
