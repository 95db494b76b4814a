import { DATE_PART, decodeCursor, ID_PART } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toPage, type Page } from '../common/page.types.js';
import { RecordScope } from '../access/record.scope.js';
import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import type { AttendanceFilter } from './attendance.input.js';

export interface AttendanceRow {
  referral_id: string;
  session_on: string;
  venue_id: string;
  attended: boolean;
}

export const ATTENDANCE_CURSOR = 'attendance';
const COLUMNS = 'a.referral_id::text as referral_id, a.session_on, a.venue_id::text as venue_id, a.attended';

function attendanceConditions(filter: AttendanceFilter): SqlConditions {
  return new SqlConditions()
    .when(filter.referralIds, 'a.referral_id = any(?::bigint[])', filter.referralIds)
    .when(filter.venueIds, 'a.venue_id = any(?::int[])', filter.venueIds)
    .when(filter.sessionFrom, 'a.session_on >= ?::date', filter.sessionFrom)
    .when(filter.sessionTo, 'a.session_on <= ?::date', filter.sessionTo)
    .when(filter.attended, 'a.attended = ?', filter.attended);
}

/** Queries for programme session attendance; the key (referral, session day) orders pages. */
export class AttendanceRepository {
  constructor(
    private readonly sql: SqlClient,
    private readonly scope: RecordScope = RecordScope.ALL,
  ) {}

  async page(filter: AttendanceFilter, page: PageRequest): Promise<Page<AttendanceRow>> {
    const where = this.scope.limit(attendanceConditions(filter), 'byReferral', 'a');
    if (page.after) {
      const [referralId, sessionOn] = decodeCursor(page.after, ATTENDANCE_CURSOR, [ID_PART, DATE_PART]);
      where.add('(a.referral_id, a.session_on) > (?::bigint, ?::date)', referralId, sessionOn);
    }
    const rows = await this.sql.rows<AttendanceRow>(`select ${COLUMNS} from attendance a ${where.toWhere()} order by a.referral_id, a.session_on limit ?`, [
      ...where.params,
      page.first + 1,
    ]);
    return toPage(rows, page.first);
  }

  async count(filter: AttendanceFilter): Promise<number> {
    const where = this.scope.limit(attendanceConditions(filter), 'byReferral', 'a');
    const row = await this.sql.one<{ n: number }>(`select count(*)::int as n from attendance a ${where.toWhere()}`, where.params);
    return row?.n ?? 0;
  }

  byReferralIds(referralIds: readonly string[]): Promise<AttendanceRow[]> {
    const where = this.scope.where('byReferral', 'a').add('a.referral_id = any(?::bigint[])', referralIds);
    return this.sql.rows(`select ${COLUMNS} from attendance a ${where.toWhere()} order by a.session_on`, where.params);
  }
}
