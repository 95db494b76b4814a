import DataLoader from 'dataloader';
import { rowLoader } from '../common/batch.loader.js';
import type { OutreachRepository } from './outreach.repository.js';

export function createOutreachLoaders(repository: OutreachRepository) {
  return {
    event: rowLoader(
      (ids: readonly string[]) => repository.byIds(ids),
      (row) => row.id,
    ),
    referralCount: new DataLoader<string, number>(async (ids) => {
      const counts = new Map((await repository.referralCounts(ids)).map((row) => [row.outreach_event_id, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}
export type OutreachLoaders = ReturnType<typeof createOutreachLoaders>;
