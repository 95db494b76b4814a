import { loadRequired } from '../common/batch.loader.js';
import { encodeCursor } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toConnection } from '../common/page.types.js';
import { reportingCall } from '../analytics/common/reporting.call.js';
import { toRecordFilter } from './referral-filter.mapper.js';
import type { ReferralFilter } from './referral.input.js';
import type { ReferralLoaders } from './referral.loaders.js';
import { toReferral, toStatusEvent } from './referral.mapper.js';
import { REFERRAL_CURSOR, type ReferralRepository } from './referral.repository.js';
import { ReferralConnection, type Referral, type ReferralStatusEvent } from './referral.type.js';

/** Referrals and their histories, record by record (the counts are in ReferralCountService). */
export class ReferralService {
  constructor(
    private readonly repository: ReferralRepository,
    private readonly loaders: ReferralLoaders,
  ) {}

  async referrals(given: ReferralFilter | null, page: PageRequest): Promise<ReferralConnection> {
    const filter = await reportingCall(async () => toRecordFilter(given));
    const rows = await this.repository.page(filter, page);
    for (const row of rows.rows) this.loaders.referral.prime(row.id, row);
    return toConnection(
      ReferralConnection,
      rows,
      (row) => ({ cursor: encodeCursor(REFERRAL_CURSOR, [row.id]), node: toReferral(row) }),
      () => this.repository.count(filter),
    );
  }

  async referral(id: string): Promise<Referral | null> {
    const row = await this.loaders.referral.load(id);
    return row && toReferral(row);
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
