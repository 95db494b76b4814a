import type { ChartKind, InvolvementLevel, MeasureDirection, PdsaDecision, QiProjectStatus } from './qi.enums.js';
import { PdsaCycle, QiMeasure, QiMeasureValue } from './qi-measure.type.js';
import { InvolvementChange, QiAnnotation, QiForumMeeting, QiProject } from './qi-project.type.js';
import type { InvolvementRow, PdsaCycleRow, QiAnnotationRow, QiForumMeetingRow, QiMeasureRow, QiMeasureValueRow, QiProjectRow } from './qi.repository.js';

export const toQiProject = (row: QiProjectRow): QiProject =>
  Object.assign(new QiProject(), {
    id: row.id,
    code: row.code,
    title: row.title,
    team: row.team,
    aim: row.aim,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    status: row.status as QiProjectStatus,
    progressScore: row.progress_score,
    involvementLevel: row.involvement_level as InvolvementLevel,
    version: row.version,
    progressScoredOn: row.progress_scored_on,
    serviceId: row.service_id,
  });

export const toInvolvementChange = (row: InvolvementRow): InvolvementChange =>
  Object.assign(new InvolvementChange(), { effectiveOn: row.effective_on, level: row.level as InvolvementLevel });

export const toQiMeasure = (row: QiMeasureRow): QiMeasure =>
  Object.assign(new QiMeasure(), {
    id: row.id,
    name: row.name,
    description: row.description,
    unit: row.unit,
    direction: row.direction as MeasureDirection,
    target: row.target,
    chart: row.chart as ChartKind,
    projectId: row.project_id,
  });

export const toQiMeasureValue = (row: QiMeasureValueRow): QiMeasureValue =>
  Object.assign(new QiMeasureValue(), { periodStart: row.period_start, value: row.value, ghosted: row.ghosted, rebase: row.rebase });

export const toPdsaCycle = (row: PdsaCycleRow): PdsaCycle =>
  Object.assign(new PdsaCycle(), {
    id: row.id,
    sequence: row.sequence,
    changeIdea: row.change_idea,
    plan: row.plan,
    doNotes: row.do_notes,
    study: row.study,
    act: row.act,
    decision: row.decision as PdsaDecision | null,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    showOnServiceCharts: row.show_on_service_charts,
    projectId: row.project_id,
  });

export const toQiAnnotation = (row: QiAnnotationRow): QiAnnotation =>
  Object.assign(new QiAnnotation(), {
    id: row.id,
    notedOn: row.noted_on,
    text: row.text,
    projectId: row.project_id,
    measureId: row.measure_id,
  });

export const toQiForumMeeting = (row: QiForumMeetingRow): QiForumMeeting =>
  Object.assign(new QiForumMeeting(), {
    id: row.id,
    heldOn: row.held_on,
    staffAttendees: row.staff_attendees,
    serviceUserCarerAttendees: row.service_user_carer_attendees,
    notes: row.notes,
  });
