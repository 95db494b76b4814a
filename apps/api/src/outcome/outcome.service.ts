import { encodeCursor } from '../common/cursor.codec.js';
import type { PageRequest } from '../common/page.args.js';
import { toConnection } from '../common/page.types.js';
import type { OutcomeFilter } from './outcome.input.js';
import type { OutcomeLoaders } from './outcome.loaders.js';
import { toOutcome } from './outcome.mapper.js';
import { OUTCOME_CURSOR, type OutcomeRepository } from './outcome.repository.js';
import { OutcomeMeasurementConnection, type OutcomeMeasurement } from './outcome.type.js';

/** Outcome measurements, as recorded; pairing and change are worked out by analytics, not here. */
export class OutcomeService {
  constructor(
    private readonly repository: OutcomeRepository,
    private readonly loaders: OutcomeLoaders,
  ) {}

  async measurements(filter: OutcomeFilter, page: PageRequest): Promise<OutcomeMeasurementConnection> {
    const rows = await this.repository.page(filter, page);
    return toConnection(
      OutcomeMeasurementConnection,
      rows,
      (row) => ({ cursor: encodeCursor(OUTCOME_CURSOR, [row.id]), node: toOutcome(row) }),
      () => this.repository.count(filter),
    );
  }

  async measurement(id: string): Promise<OutcomeMeasurement | null> {
    const row = await this.loaders.outcome.load(id);
    return row && toOutcome(row);
  }

  async outcomesOfReferral(referralId: string): Promise<OutcomeMeasurement[]> {
    return (await this.loaders.outcomesByReferral.load(referralId)).map(toOutcome);
  }
}
