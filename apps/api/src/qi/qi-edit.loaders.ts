import { groupLoader } from '../common/batch.loader.js';
import type { QiEditRepository } from './qi-edit.repository.js';

export function createQiEditLoaders(repository: QiEditRepository) {
  return {
    marksByMeasure: groupLoader(
      (ids: readonly string[]) => repository.chartMarks(ids),
      (row) => row.measure_id,
    ),
    historyByMeasure: groupLoader(
      (ids: readonly string[]) => repository.valueHistory(ids),
      (row) => row.measure_id,
    ),
    progressByProject: groupLoader(
      (ids: readonly string[]) => repository.progressScores(ids),
      (row) => row.project_id,
    ),
    projectsByMeeting: groupLoader(
      (ids: readonly string[]) => repository.meetingProjects(ids),
      (row) => row.meeting_id,
    ),
  };
}
export type QiEditLoaders = ReturnType<typeof createQiEditLoaders>;
