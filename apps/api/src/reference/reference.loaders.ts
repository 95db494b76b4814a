import { rowLoader } from '../common/batch.loader.js';
import type { ReferenceRepository } from './reference.repository.js';

/** Per-request loaders for the code lists, keyed by code. */
export function createReferenceLoaders(repository: ReferenceRepository) {
  return {
    ward: rowLoader(
      (codes: readonly string[]) => repository.wards(codes),
      (row) => row.code,
    ),
    ethnicCategory: rowLoader(
      (codes: readonly string[]) => repository.ethnicCategories(codes),
      (row) => row.code,
    ),
    referralSource: rowLoader(
      (codes: readonly string[]) => repository.referralSources(codes),
      (row) => row.code,
    ),
    ageBand: rowLoader(
      (codes: readonly string[]) => repository.ageBands(codes),
      (row) => row.code,
    ),
    instrument: rowLoader(
      (codes: readonly string[]) => repository.instruments(codes),
      (row) => row.code,
    ),
  };
}
export type ReferenceLoaders = ReturnType<typeof createReferenceLoaders>;
