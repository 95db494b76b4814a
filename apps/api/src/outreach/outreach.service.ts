import { discloseCount, type DisclosurePolicy, type ReportedValue } from '@hub/reporting';
import { encodeCursor } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toConnection } from '../common/page.types.js';
import type { OutreachEventFilter } from './outreach.input.js';
import type { OutreachLoaders } from './outreach.loaders.js';
import { toOutreachEvent } from './outreach.mapper.js';
import { OUTREACH_CURSOR, type OutreachRepository } from './outreach.repository.js';
import { OutreachEventConnection, type OutreachEvent } from './outreach.type.js';

/** Outreach events and how many referrals each brought in. */
export class OutreachService {
  constructor(
    private readonly repository: OutreachRepository,
    private readonly loaders: OutreachLoaders,
  ) {}

  async events(filter: OutreachEventFilter, page: PageRequest): Promise<OutreachEventConnection> {
    const rows = await this.repository.page(filter, page);
    return toConnection(
      OutreachEventConnection,
      rows,
      (row) => ({ cursor: encodeCursor(OUTREACH_CURSOR, [row.id]), node: toOutreachEvent(row) }),
      () => this.repository.count(filter),
    );
  }

  async event(id: string): Promise<OutreachEvent | null> {
    const row = await this.loaders.event.load(id);
    return row && toOutreachEvent(row);
  }

  /**
   * Referrals attributed to the event under the request's disclosure policy (docs/methods.md):
   * 1–7 withheld and the rest rounded to 5 for roles that do not see records.
   */
  async referralCount(eventId: string, policy: DisclosurePolicy): Promise<ReportedValue> {
    return discloseCount(await this.loaders.referralCount.load(eventId), policy);
  }
}
