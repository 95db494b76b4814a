import { groupLoader, rowLoader } from '../common/batch.loader.js';
import type { QiRepository } from './qi.repository.js';

export function createQiLoaders(repository: QiRepository) {
  return {
    project: rowLoader(
      (ids: readonly string[]) => repository.projects({ ids }),
      (row) => row.id,
    ),
    involvementByProject: groupLoader(
      (ids: readonly string[]) => repository.involvement(ids),
      (row) => row.project_id,
    ),
    measure: rowLoader(
      (ids: readonly string[]) => repository.measures({ ids }),
      (row) => row.id,
    ),
    measuresByProject: groupLoader(
      (ids: readonly string[]) => repository.measures({ projectIds: ids }),
      (row) => row.project_id,
    ),
    valuesByMeasure: groupLoader(
      (ids: readonly string[]) => repository.measureValues(ids),
      (row) => row.measure_id,
    ),
    cyclesByProject: groupLoader(
      (ids: readonly string[]) => repository.cycles(ids),
      (row) => row.project_id,
    ),
    measuresByCycle: groupLoader(
      (ids: readonly string[]) => repository.measuresOfCycles(ids),
      (row) => row.cycle_id,
    ),
    annotationsByProject: groupLoader(
      (ids: readonly string[]) => repository.annotations({ projectIds: ids }),
      (row) => row.project_id,
    ),
    annotationsByMeasure: groupLoader(
      (ids: readonly string[]) => repository.annotations({ measureIds: ids }),
      (row) => row.measure_id ?? '',
    ),
  };
}
export type QiLoaders = ReturnType<typeof createQiLoaders>;
