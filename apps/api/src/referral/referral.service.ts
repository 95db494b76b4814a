import { loadRequired } from '../common/batch.loader.js';
import { encodeCursor } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toConnection } from '../common/page.types.js';
import { reportingCall } from '../analytics/common/reporting.call.js';
import { toRecordFilter } from './referral-filter.mapper.js';
import type { ReferralFilter } from './referral.input.js';
import type { ReferralLoaders } from './referral.loaders.js';
import { toReferral, toStatusEvent } from './referral.mapper.js';
import type { PersonRow } from '../person/person.repository.js';
import type { ProgrammeRow } from '../programme/programme.repository.js';
import { REFERRAL_CURSOR, type ReferralJoins, type ReferralRepository, type StatusEventRow } from './referral.repository.js';
import { ReferralConnection, type Referral, type ReferralStatusEvent } from './referral.type.js';

/** Referrals and their histories, record by record (the counts are in ReferralCountService). */
/** Where the rows a page joined in go, so the person and programme resolvers find them loaded. */
export interface JoinedRows {
  people(rows: PersonRow[]): void;
  programmes(rows: ProgrammeRow[]): void;
  statusHistory(rows: StatusEventRow[]): void;
}

export class ReferralService {
  constructor(
    private readonly repository: ReferralRepository,
    private readonly loaders: ReferralLoaders,
    private readonly joined?: JoinedRows,
  ) {}

  /** `joins`: the related rows the caller selected, fetched with the page rather than after it. */
  async referrals(given: ReferralFilter | null, page: PageRequest, joins: ReferralJoins = {}): Promise<ReferralConnection> {
    const filter = await reportingCall(async () => toRecordFilter(given));
    const rows = await this.repository.page(filter, page, this.joined ? joins : {});
    for (const row of rows.rows) this.loaders.referral.prime(row.id, row);
    const people = distinct(rows.rows.flatMap((row) => (row.person ? [row.person] : [])));
    const programmes = distinct(rows.rows.flatMap((row) => (row.programme ? [row.programme] : [])));
    if (people.length > 0) this.joined?.people(people);
    if (programmes.length > 0) this.joined?.programmes(programmes);
    return toConnection(
      ReferralConnection,
      rows,
      (row) => ({ cursor: encodeCursor(REFERRAL_CURSOR, [row.id]), node: toReferral(row) }),
      () => this.repository.count(filter),
    );
  }

  /** `joins.statusHistory`: the caller selected the history, so it is fetched with the referral. */
  async referral(id: string, joins: { statusHistory?: boolean } = {}): Promise<Referral | null> {
    if (!joins.statusHistory || !this.joined) {
      const row = await this.loaders.referral.load(id);
      return row && toReferral(row);
    }
    const [found] = await this.repository.byIdsWithHistory([id]);
    if (!found) return null;
    const { status_history: history, ...row } = found;
    this.loaders.referral.prime(row.id, row);
    this.loaders.statusHistory.prime(row.id, history);
    this.joined.statusHistory(history);
    return toReferral(row);
  }

  async requiredReferral(id: string): Promise<Referral> {
    return toReferral(await loadRequired(this.loaders.referral, id, 'Referral'));
  }

  async referralsOfPerson(personId: string): Promise<Referral[]> {
    return (await this.loaders.referralsByPerson.load(personId)).map(toReferral);
  }

  async statusHistory(referralId: string): Promise<ReferralStatusEvent[]> {
    return (await this.loaders.statusHistory.load(referralId)).map(toStatusEvent);
  }
}

/** One row per id, as a batched lookup by id would have returned them. */
function distinct<Row extends { id: string }>(rows: Row[]): Row[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}
