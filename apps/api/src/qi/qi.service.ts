import { loadRequired } from '../common/batch.loader.js';
import type { QiProjectFilter } from './qi.input.js';
import type { QiLoaders } from './qi.loaders.js';
import { toInvolvementChange, toPdsaCycle, toQiAnnotation, toQiForumMeeting, toQiMeasure, toQiMeasureValue, toQiProject } from './qi.mapper.js';
import type { QiRepository } from './qi.repository.js';
import type { PdsaCycle, QiMeasure, QiMeasureValue } from './qi-measure.type.js';
import type { InvolvementChange, QiAnnotation, QiForumMeeting, QiProject } from './qi-project.type.js';

/** QI projects with their measures, PDSA cycles and annotations, and the QI forum's meetings. */
export class QiService {
  constructor(
    private readonly repository: QiRepository,
    private readonly loaders: QiLoaders,
  ) {}

  async projects(filter: QiProjectFilter): Promise<QiProject[]> {
    return (await this.repository.projects(filter)).map(toQiProject);
  }

  async project(id: string): Promise<QiProject | null> {
    const row = await this.loaders.project.load(id);
    return row && toQiProject(row);
  }

  async requiredProject(id: string): Promise<QiProject> {
    return toQiProject(await loadRequired(this.loaders.project, id, 'QI project'));
  }

  async involvementHistory(projectId: string): Promise<InvolvementChange[]> {
    return (await this.loaders.involvementByProject.load(projectId)).map(toInvolvementChange);
  }

  async measures(projectId: string): Promise<QiMeasure[]> {
    return (await this.loaders.measuresByProject.load(projectId)).map(toQiMeasure);
  }

  async measure(id: string): Promise<QiMeasure | null> {
    const row = await this.loaders.measure.load(id);
    return row && toQiMeasure(row);
  }

  async values(measureId: string): Promise<QiMeasureValue[]> {
    return (await this.loaders.valuesByMeasure.load(measureId)).map(toQiMeasureValue);
  }

  async cycles(projectId: string): Promise<PdsaCycle[]> {
    return (await this.loaders.cyclesByProject.load(projectId)).map(toPdsaCycle);
  }

  async measuresOfCycle(cycleId: string): Promise<QiMeasure[]> {
    return (await this.loaders.measuresByCycle.load(cycleId)).map(toQiMeasure);
  }

  async annotationsOfProject(projectId: string): Promise<QiAnnotation[]> {
    return (await this.loaders.annotationsByProject.load(projectId)).map(toQiAnnotation);
  }

  async annotationsOfMeasure(measureId: string): Promise<QiAnnotation[]> {
    return (await this.loaders.annotationsByMeasure.load(measureId)).map(toQiAnnotation);
  }

  async forumMeetings(heldFrom: string | null, heldTo: string | null): Promise<QiForumMeeting[]> {
    return (await this.repository.forumMeetings(heldFrom, heldTo)).map(toQiForumMeeting);
  }
}
