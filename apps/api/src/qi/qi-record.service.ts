import type { Viewer } from '../access/viewer.js';
import { InvalidArgumentError } from '../common/argument.error.js';
import type { QiEditAccess } from './qi-edit.access.js';
import type { PdsaCycleInput, QiAnnotationInput, QiForumMeetingInput } from './qi-edit.input.js';
import type { QiEditLoaders } from './qi-edit.loaders.js';
import type { CycleWrite, MeetingWrite, QiEditRepository } from './qi-edit.repository.js';
import { notInFuture } from './qi-edit.rules.js';
import type { QiEditService } from './qi-edit.service.js';
import { toPdsaCycle, toQiAnnotation, toQiForumMeeting, toQiProject } from './qi.mapper.js';
import type { QiRepository } from './qi.repository.js';
import type { PdsaCycle } from './qi-measure.type.js';
import type { QiAnnotation, QiForumMeeting, QiProject } from './qi-project.type.js';

/** PDSA cycles, annotations and QI forum meetings as QI teams record them; audited, one transaction each. */
export class QiRecordService {
  constructor(
    private readonly viewer: Viewer,
    private readonly edits: QiEditService,
    private readonly access: QiEditAccess,
    private readonly reads: QiRepository,
    private readonly loaders: QiEditLoaders,
  ) {}

  async recordCycle(projectId: string, input: PdsaCycleInput): Promise<PdsaCycle> {
    await this.access.requireEditor(projectId, 'projectId');
    const id = await this.edits.write(async (repository, audit) => {
      await this.checkCycle(repository, projectId, input);
      const cycleId = await repository.insertCycle(projectId, cycleWrite(input));
      await repository.replaceCycleMeasures(cycleId, unique(input.measureIds));
      await audit.write(this.viewer, { action: 'qi.pdsa_record', detail: { projectId, cycleId, ...input } });
      return cycleId;
    });
    return this.freshCycle(projectId, id);
  }

  async updateCycle(id: string, input: PdsaCycleInput): Promise<PdsaCycle> {
    const projectId = await this.access.requireEditorOf('pdsa_cycle', id, 'id');
    await this.edits.write(async (repository, audit) => {
      await this.checkCycle(repository, projectId, input);
      await repository.updateCycle(id, cycleWrite(input));
      await repository.replaceCycleMeasures(id, unique(input.measureIds));
      await audit.write(this.viewer, { action: 'qi.pdsa_update', detail: { projectId, cycleId: id, ...input } });
    });
    return this.freshCycle(projectId, id);
  }

  async addAnnotation(projectId: string, input: QiAnnotationInput): Promise<QiAnnotation> {
    await this.access.requireEditor(projectId, 'projectId');
    const id = await this.edits.write(async (repository, audit) => {
      if (input.measureId && (await repository.measuresOf(projectId, [input.measureId])).length === 0) {
        throw new InvalidArgumentError('input.measureId', `measure ${input.measureId} is not one of this project's measures.`);
      }
      const annotationId = await repository.insertAnnotation(projectId, input.measureId ?? null, input.notedOn, input.text.trim());
      await audit.write(this.viewer, { action: 'qi.annotation_add', detail: { projectId, annotationId, ...input } });
      return annotationId;
    });
    const row = (await this.reads.annotations({ projectIds: [projectId] })).find((candidate) => candidate.id === id)!;
    return toQiAnnotation(row);
  }

  async deleteAnnotation(id: string): Promise<boolean> {
    const projectId = await this.access.requireEditorOf('qi_annotation', id, 'id');
    await this.edits.write(async (repository, audit) => {
      const row = await repository.annotationProject(id);
      await repository.deleteAnnotation(id);
      await audit.write(this.viewer, { action: 'qi.annotation_delete', detail: { projectId, annotationId: id, text: row?.text ?? null } });
    });
    return true;
  }

  async recordForumMeeting(input: QiForumMeetingInput): Promise<QiForumMeeting> {
    this.access.requireQiRole('record QI forum meetings');
    const id = await this.edits.write(async (repository, audit) => {
      await checkMeeting(repository, input, null);
      const meetingId = await repository.insertMeeting(meetingWrite(input));
      await repository.replaceMeetingProjects(meetingId, unique(input.projectIdsDiscussed));
      await audit.write(this.viewer, { action: 'qi.forum_record', detail: { meetingId, ...input } });
      return meetingId;
    });
    return this.freshMeeting(id);
  }

  async updateForumMeeting(id: string, input: QiForumMeetingInput): Promise<QiForumMeeting> {
    this.access.requireQiRole('record QI forum meetings');
    await this.edits.write(async (repository, audit) => {
      if (!(await repository.meetingExists(id))) throw new InvalidArgumentError('id', `no QI forum meeting has id ${id}.`);
      await checkMeeting(repository, input, id);
      await repository.updateMeeting(id, meetingWrite(input));
      await repository.replaceMeetingProjects(id, unique(input.projectIdsDiscussed));
      await audit.write(this.viewer, { action: 'qi.forum_update', detail: { meetingId: id, ...input } });
    });
    return this.freshMeeting(id);
  }

  async projectsDiscussed(meetingId: string): Promise<QiProject[]> {
    const links = await this.loaders.projectsByMeeting.load(meetingId);
    if (links.length === 0) return [];
    const rows = await this.reads.projects({ ids: links.map((link) => link.project_id) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return links.flatMap((link) => (byId.has(link.project_id) ? [toQiProject(byId.get(link.project_id)!)] : []));
  }

  private async checkCycle(repository: QiEditRepository, projectId: string, input: PdsaCycleInput): Promise<void> {
    notInFuture(input.startedOn, 'input.startedOn');
    if (input.endedOn && !input.decision) throw new InvalidArgumentError('input.decision', 'is required once endedOn is given: adopt, adapt or abandon.');
    const ids = unique(input.measureIds);
    const found = new Set(await repository.measuresOf(projectId, ids));
    const stranger = ids.find((measureId) => !found.has(measureId));
    if (stranger) throw new InvalidArgumentError('input.measureIds', `measure ${stranger} is not one of this project's measures.`);
    if (input.showOnServiceCharts && !(await repository.projectForUpdate(projectId))?.service_id) {
      throw new InvalidArgumentError('input.showOnServiceCharts', 'the project has no service whose charts could show the cycle.');
    }
  }

  private async freshCycle(projectId: string, id: string): Promise<PdsaCycle> {
    return toPdsaCycle((await this.reads.cycles([projectId])).find((row) => row.id === id)!);
  }

  private async freshMeeting(id: string): Promise<QiForumMeeting> {
    return toQiForumMeeting((await this.reads.forumMeetings(null, null)).find((row) => row.id === id)!);
  }
}

async function checkMeeting(repository: QiEditRepository, input: QiForumMeetingInput, id: string | null): Promise<void> {
  notInFuture(input.heldOn, 'input.heldOn');
  const same = await repository.meetingOn(input.heldOn);
  if (same && same.id !== id) throw new InvalidArgumentError('input.heldOn', `a meeting is already recorded on ${input.heldOn}.`);
  const ids = unique(input.projectIdsDiscussed);
  const found = new Set(await repository.existingProjects(ids));
  const unknown = ids.find((projectId) => !found.has(projectId));
  if (unknown) throw new InvalidArgumentError('input.projectIdsDiscussed', `no QI project has id ${unknown}.`);
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

const cycleWrite = (input: PdsaCycleInput): CycleWrite => ({
  changeIdea: input.changeIdea.trim(),
  plan: input.plan.trim(),
  doNotes: input.doNotes ?? '',
  study: input.study ?? '',
  act: input.act ?? '',
  startedOn: input.startedOn,
  endedOn: input.endedOn ?? null,
  decision: input.decision ?? null,
  showOnServiceCharts: input.showOnServiceCharts ?? false,
});

const meetingWrite = (input: QiForumMeetingInput): MeetingWrite => ({
  heldOn: input.heldOn,
  staffAttendees: input.staffAttendees,
  serviceUserCarerAttendees: input.serviceUserCarerAttendees,
  notes: input.notes,
});
