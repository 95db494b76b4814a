import type { Viewer } from '../access/viewer.js';
import type {
  PdsaCycleInput, QiAnnotationInput, QiChartSettingsInput, QiForumMeetingInput, QiMeasureInput, QiMeasureValueInput, QiProjectInput,
} from './qi-edit.input.js';
import type { ProgressScoreChange, QiChartSettings, QiMeasureValueChange } from './qi-edit.type.js';
import type { PdsaCycle, QiMeasure } from './qi-measure.type.js';
import type { QiAnnotation, QiForumMeeting, QiProject } from './qi-project.type.js';

const pending = (): never => {
  throw new Error('not yet');
};

/** Recording QI work (schema first; rules follow). */
export class QiEditService {
  constructor(private readonly viewer: Viewer) {}

  canEdit(_projectId: string): boolean { return false; }
  createProject(_input: QiProjectInput): Promise<QiProject> { return pending(); }
  updateProject(_id: string, _version: number, _input: QiProjectInput): Promise<QiProject> { return pending(); }
  addMeasure(_projectId: string, _input: QiMeasureInput): Promise<QiMeasure> { return pending(); }
  updateMeasure(_id: string, _input: QiMeasureInput): Promise<QiMeasure> { return pending(); }
  recordValues(_id: string, _values: QiMeasureValueInput[], _replace: boolean, _reason: string | null): Promise<QiMeasure> { return pending(); }
  correctValue(_id: string, _periodStart: string, _value: number, _reason: string): Promise<QiMeasure> { return pending(); }
  deleteValue(_id: string, _periodStart: string, _reason: string): Promise<QiMeasure> { return pending(); }
  setChartSettings(_id: string, _input: QiChartSettingsInput): Promise<QiMeasure> { return pending(); }
  recordCycle(_projectId: string, _input: PdsaCycleInput): Promise<PdsaCycle> { return pending(); }
  updateCycle(_id: string, _input: PdsaCycleInput): Promise<PdsaCycle> { return pending(); }
  addAnnotation(_projectId: string, _input: QiAnnotationInput): Promise<QiAnnotation> { return pending(); }
  deleteAnnotation(_id: string): Promise<boolean> { return pending(); }
  recordForumMeeting(_input: QiForumMeetingInput): Promise<QiForumMeeting> { return pending(); }
  updateForumMeeting(_id: string, _input: QiForumMeetingInput): Promise<QiForumMeeting> { return pending(); }
  progressHistory(_projectId: string): Promise<ProgressScoreChange[]> { return pending(); }
  chartSettings(_measureId: string, _target: number | null): Promise<QiChartSettings> { return pending(); }
  valueHistory(_measureId: string): Promise<QiMeasureValueChange[]> { return pending(); }
  projectsDiscussed(_meetingId: string): Promise<QiProject[]> { return pending(); }
}
