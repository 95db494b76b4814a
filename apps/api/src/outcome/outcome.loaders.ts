import { groupLoader, rowLoader } from '../common/batch.loader.js';
import type { OutcomeRepository } from './outcome.repository.js';

export function createOutcomeLoaders(repository: OutcomeRepository) {
  return {
    outcome: rowLoader(
      (ids: readonly string[]) => repository.byIds(ids),
      (row) => row.id,
    ),
    outcomesByReferral: groupLoader(
      (ids: readonly string[]) => repository.byReferralIds(ids),
      (row) => row.referral_id,
    ),
  };
}
export type OutcomeLoaders = ReturnType<typeof createOutcomeLoaders>;
