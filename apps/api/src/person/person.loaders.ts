import { rowLoader } from '../common/batch.loader.js';
import type { PersonRepository } from './person.repository.js';

export function createPersonLoaders(repository: PersonRepository) {
  return {
    person: rowLoader(
      (ids: readonly string[]) => repository.byIds(ids),
      (row) => row.id,
    ),
  };
}
export type PersonLoaders = ReturnType<typeof createPersonLoaders>;
