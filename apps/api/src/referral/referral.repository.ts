import { keysetCount, keysetPage, type KeysetTable } from '../common/keyset.table.js';
import type { PageRequest } from '../common/page.args.js';
import type { Page } from '../common/page.types.js';
import { RecordScope } from '../access/record.scope.js';
import { jsonObject } from '../common/row.fields.js';
import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import { personFields, type PersonRow } from '../person/person.repository.js';
import { programmeFields, type ProgrammeRow } from '../programme/programme.repository.js';
import { STATUS_ORDER } from './referral.enums.js';
import type { FilterList } from '@hub/reporting';
import type { RecordFilter } from './referral-filter.mapper.js';

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
/** What a page of referrals brings along, joined in its one statement. */
export interface ReferralJoins {
  person?: boolean;
  programme?: boolean;
}
/** A referral of a page, with the rows joined in when asked for. */
export interface JoinedReferralRow extends ReferralRow {
  person?: PersonRow;
  programme?: ProgrammeRow;
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

/**
 * Each list of the filter over the live `referral r`, defined as referral_fact defines its
 * column (packages/db, reporting rollups migration), so a list and a count select the same
 * referrals; the age band is the person's age at referral from the birth year alone.
 */
const LIST_CONDITIONS: Readonly<Record<FilterList, string>> = {
  programmeIds: 'r.programme_id = any(?::int[])',
  serviceIds: 'r.programme_id in (select id from programme where service_id = any(?::int[]))',
  sourceCodes: 'r.source_code = any(?::text[])',
  statuses: 'r.status = any(?::text[])',
  wardCodes: 'r.person_id in (select id from person where ward_code = any(?::text[]))',
  ethnicCodes: 'r.person_id in (select id from person where ethnic_code = any(?::text[]))',
  ethnicGroups: `r.person_id in (select p.id from person p join ethnic_category ec on ec.code = p.ethnic_code where ec.broad_group = any(?::text[]))`,
  sexes: 'r.person_id in (select id from person where sex = any(?::text[]))',
  deprivationDeciles: 'r.person_id in (select id from person where deprivation_decile = any(?::int[]))',
  ageBands: `exists (select 1 from person p join age_band ab
    on extract(year from r.received_on)::int - p.birth_year between ab.min_age and coalesce(ab.max_age, 32767)
    where p.id = r.person_id and ab.code = any(?::text[]))`,
};

/** The filter as SQL over `referral r`; the list and its total share it so they always agree. */
function referralConditions(filter: RecordFilter): SqlConditions {
  const conditions = new SqlConditions()
    .when(filter.period?.from, 'r.received_on >= ?::date', filter.period?.from)
    .when(filter.period?.to, 'r.received_on <= ?::date', filter.period?.to);
  for (const [name, values] of Object.entries(filter.lists) as [FilterList, readonly (string | number)[]][]) {
    conditions.add(LIST_CONDITIONS[name], values);
  }
  return conditions;
}

/** Queries for referrals and their status history. */
export class ReferralRepository {
  constructor(
    private readonly sql: SqlClient,
    private readonly scope: RecordScope = RecordScope.ALL,
  ) {}

  /**
   * A page of referrals, with each one's person and programme joined in when asked for: one
   * statement where loading them after the page would take three. A person reached through a
   * referral in scope is in scope (record.scope.ts), so the join needs no clause of its own.
   */
  page(filter: RecordFilter, page: PageRequest, joins: ReferralJoins = {}): Promise<Page<JoinedReferralRow>> {
    const table: KeysetTable = {
      ...REFERRALS,
      from: [REFERRALS.from, joins.person && 'join person rp on rp.id = r.person_id', joins.programme && 'join programme rg on rg.id = r.programme_id']
        .filter(Boolean)
        .join(' '),
      columns: [
        REFERRALS.columns,
        joins.person && `${jsonObject(personFields('rp'))} as person`,
        joins.programme && `${jsonObject(programmeFields('rg'))} as programme`,
      ]
        .filter(Boolean)
        .join(', '),
    };
    return keysetPage<JoinedReferralRow>(this.sql, table, this.scope.limit(referralConditions(filter), 'referral', 'r'), page);
  }

  count(filter: RecordFilter): Promise<number> {
    return keysetCount(this.sql, REFERRALS, this.scope.limit(referralConditions(filter), 'referral', 'r'));
  }

  byIds(ids: readonly string[]): Promise<ReferralRow[]> {
    const where = this.scope.where('referral', 'r').add('r.id = any(?::bigint[])', ids);
    return this.sql.rows(`select ${REFERRAL_COLUMNS} from referral r ${where.toWhere()}`, where.params);
  }

  /**
   * Referrals with each one's status history, in one statement where a lookup and then the
   * history would take two. The steps are ordered as `statusHistory` orders them. A step of a
   * referral in scope is in scope (record.scope.ts), so the history needs no clause of its own.
   */
  byIdsWithHistory(ids: readonly string[]): Promise<(ReferralRow & { status_history: StatusEventRow[] })[]> {
    const where = this.scope.where('referral', 'r').add('r.id = any(?::bigint[])', ids);
    return this.sql.rows(
      `select ${REFERRAL_COLUMNS}, coalesce((
         select json_agg(json_build_object('referral_id', e.referral_id::text, 'status', e.status, 'occurred_on', e.occurred_on)
                         order by e.occurred_on, array_position(?::text[], e.status))
         from referral_status_event e where e.referral_id = r.id), '[]') as status_history
       from referral r ${where.toWhere()}`,
      [STATUS_ORDER, ...where.params],
    );
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
