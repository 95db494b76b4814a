import { groupLoader, rowLoader } from '../common/batch.loader.js';
import type { ProgrammeRepository } from './programme.repository.js';

export function createProgrammeLoaders(repository: ProgrammeRepository) {
  return {
    service: rowLoader(
      (ids: readonly string[]) => repository.services({ ids }),
      (row) => row.id,
    ),
    servicesByProvider: groupLoader(
      (ids: readonly string[]) => repository.services({ providerIds: ids }),
      (row) => row.provider_id,
    ),
    programme: rowLoader(
      (ids: readonly string[]) => repository.programmes({ ids }),
      (row) => row.id,
    ),
    programmesByService: groupLoader(
      (ids: readonly string[]) => repository.programmes({ serviceIds: [...ids] }),
      (row) => row.service_id,
    ),
    venue: rowLoader(
      (ids: readonly string[]) => repository.venues({ ids }),
      (row) => row.id,
    ),
    venuesByProgramme: groupLoader(
      (ids: readonly string[]) => repository.venuesOfProgrammes(ids),
      (row) => row.programme_id,
    ),
    programmesByVenue: groupLoader(
      (ids: readonly string[]) => repository.programmesAtVenues(ids),
      (row) => row.venue_id,
    ),
  };
}
export type ProgrammeLoaders = ReturnType<typeof createProgrammeLoaders>;
