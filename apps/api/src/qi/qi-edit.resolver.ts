import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/argument.error.js';
import { validateAs } from '../common/input.validate.js';
import { LocalDate } from '../common/scalars.js';
import type { HubContext } from '../context/hub.context.js';
import {
  PdsaCycleInput,
  QiAnnotationInput,
  QiChartSettingsInput,
  QiForumMeetingInput,
  QiMeasureInput,
  QiMeasureValueInput,
  QiProjectInput,
} from './qi-edit.input.js';
import { ProgressScoreChange, QiChartSettings, QiMeasureValueChange } from './qi-edit.type.js';
import { PdsaCycle, QiMeasure } from './qi-measure.type.js';
import { QiAnnotation, QiForumMeeting, QiProject } from './qi-project.type.js';

const EDITING = 'QI leads on their own projects and admins; audited';

/** Recording QI work: projects, measures and their values, chart settings, PDSA cycles, annotations and the QI forum. */
@Resolver()
export class QiEditResolver {
  @Mutation(() => QiProject, { description: `Creates a QI project; a QI lead who creates one becomes a member of it. QI leads and admins; audited.` })
  createQiProject(
    @Arg('input', () => QiProjectInput, { description: 'The project.', validateFn: validateAs('input') }) input: QiProjectInput,
    @Ctx() ctx: HubContext,
  ): Promise<QiProject> {
    return ctx.services.qiEdit.createProject(input);
  }

  @Mutation(() => QiProject, {
    description: `Saves a project's fields, adding to its score and involvement histories; refused with CONFLICT when version is stale. ${EDITING}.`,
  })
  updateQiProject(
    @Arg('id', () => ID, { description: 'The project id.' }) id: string,
    @Arg('version', () => Int, { description: "The project's version as the caller read it." }) version: number,
    @Arg('input', () => QiProjectInput, { description: 'The project as it should be.', validateFn: validateAs('input') }) input: QiProjectInput,
    @Ctx() ctx: HubContext,
  ): Promise<QiProject> {
    return ctx.services.qiEdit.updateProject(parseId(id, 'id'), version, input);
  }

  @Mutation(() => QiMeasure, { description: `Adds a measure to a project. ${EDITING}.` })
  addQiMeasure(
    @Arg('projectId', () => ID, { description: 'The project id.' }) projectId: string,
    @Arg('input', () => QiMeasureInput, { description: 'The measure.', validateFn: validateAs('input') }) input: QiMeasureInput,
    @Ctx() ctx: HubContext,
  ): Promise<QiMeasure> {
    return ctx.services.qiEdit.addMeasure(parseId(projectId, 'projectId'), input);
  }

  @Mutation(() => QiMeasure, {
    description: `Saves a measure's name, definition, unit, direction, target and chart (the chart only while it has no values). ${EDITING}.`,
  })
  updateQiMeasure(
    @Arg('id', () => ID, { description: 'The measure id.' }) id: string,
    @Arg('input', () => QiMeasureInput, { description: 'The measure as it should be.', validateFn: validateAs('input') }) input: QiMeasureInput,
    @Ctx() ctx: HubContext,
  ): Promise<QiMeasure> {
    return ctx.services.qiEdit.updateMeasure(parseId(id, 'id'), input);
  }

  @Mutation(() => QiMeasure, {
    description: `Records one or many values at once (e.g. two columns pasted from a spreadsheet). A date that already has a value is refused unless replace is true; all or nothing. ${EDITING}.`,
  })
  recordQiMeasureValues(
    @Arg('measureId', () => ID, { description: 'The measure id.' }) measureId: string,
    @Arg('values', () => [QiMeasureValueInput], {
      description: "The values, oldest first; at most 1000. A T chart's event dates must be in order.",
      validateFn: validateAs('values'),
    })
    values: QiMeasureValueInput[],
    @Arg('replace', () => Boolean, {
      defaultValue: false,
      description: 'Overwrite values already recorded for these dates (a correction, kept in the value history).',
    })
    replace: boolean,
    @Arg('reason', () => String, { nullable: true, description: 'Why values are replaced; kept in the value history. Up to 500 characters.' })
    reason: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<QiMeasure> {
    return ctx.services.qiEdit.recordValues(parseId(measureId, 'measureId'), values, replace, reason ?? null);
  }

  @Mutation(() => QiMeasure, {
    description: `Corrects one recorded value of an XmR measure, keeping the old value and the reason in the value history. ${EDITING}.`,
  })
  correctQiMeasureValue(
    @Arg('measureId', () => ID, { description: 'The measure id.' }) measureId: string,
    @Arg('periodStart', () => LocalDate, { description: 'The period whose value is corrected.' }) periodStart: string,
    @Arg('value', () => Float, { description: 'The right value.' }) value: number,
    @Arg('reason', () => String, { description: 'Why the value was wrong; 1 to 500 characters.' }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<QiMeasure> {
    return ctx.services.qiEdit.correctValue(parseId(measureId, 'measureId'), periodStart, value, reason);
  }

  @Mutation(() => QiMeasure, { description: `Deletes one recorded value (or T-chart event), keeping it and the reason in the value history. ${EDITING}.` })
  deleteQiMeasureValue(
    @Arg('measureId', () => ID, { description: 'The measure id.' }) measureId: string,
    @Arg('periodStart', () => LocalDate, { description: 'The period (or event date) whose value is deleted.' }) periodStart: string,
    @Arg('reason', () => String, { description: 'Why it is deleted; 1 to 500 characters.' }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<QiMeasure> {
    return ctx.services.qiEdit.deleteValue(parseId(measureId, 'measureId'), periodStart, reason);
  }

  @Mutation(() => QiMeasure, {
    description: `Replaces the measure's saved chart settings (rebases and ghosts with reasons, target), which every reader's chart then uses. ${EDITING}.`,
  })
  setQiMeasureChartSettings(
    @Arg('measureId', () => ID, { description: 'The measure id.' }) measureId: string,
    @Arg('input', () => QiChartSettingsInput, { description: 'The settings.', validateFn: validateAs('input') }) input: QiChartSettingsInput,
    @Ctx() ctx: HubContext,
  ): Promise<QiMeasure> {
    return ctx.services.qiEdit.setChartSettings(parseId(measureId, 'measureId'), input);
  }

  @Mutation(() => PdsaCycle, { description: `Records a PDSA cycle, numbered next in its project. ${EDITING}.` })
  recordPdsaCycle(
    @Arg('projectId', () => ID, { description: 'The project id.' }) projectId: string,
    @Arg('input', () => PdsaCycleInput, { description: 'The cycle.', validateFn: validateAs('input') }) input: PdsaCycleInput,
    @Ctx() ctx: HubContext,
  ): Promise<PdsaCycle> {
    return ctx.services.qiRecords.recordCycle(parseId(projectId, 'projectId'), input);
  }

  @Mutation(() => PdsaCycle, { description: `Saves a PDSA cycle. ${EDITING}.` })
  updatePdsaCycle(
    @Arg('id', () => ID, { description: 'The cycle id.' }) id: string,
    @Arg('input', () => PdsaCycleInput, { description: 'The cycle as it should be.', validateFn: validateAs('input') }) input: PdsaCycleInput,
    @Ctx() ctx: HubContext,
  ): Promise<PdsaCycle> {
    return ctx.services.qiRecords.updateCycle(parseId(id, 'id'), input);
  }

  @Mutation(() => QiAnnotation, { description: `Adds a dated note to a project or one of its measures; it appears on the charts at its date. ${EDITING}.` })
  addQiAnnotation(
    @Arg('projectId', () => ID, { description: 'The project id.' }) projectId: string,
    @Arg('input', () => QiAnnotationInput, { description: 'The note.', validateFn: validateAs('input') }) input: QiAnnotationInput,
    @Ctx() ctx: HubContext,
  ): Promise<QiAnnotation> {
    return ctx.services.qiRecords.addAnnotation(parseId(projectId, 'projectId'), input);
  }

  @Mutation(() => Boolean, { description: `Deletes a note; true once deleted. ${EDITING}.` })
  deleteQiAnnotation(@Arg('id', () => ID, { description: 'The annotation id.' }) id: string, @Ctx() ctx: HubContext): Promise<boolean> {
    return ctx.services.qiRecords.deleteAnnotation(parseId(id, 'id'));
  }

  @Mutation(() => QiForumMeeting, { description: 'Records a QI forum meeting and the projects it discussed. QI leads and admins; audited.' })
  recordQiForumMeeting(
    @Arg('input', () => QiForumMeetingInput, { description: 'The meeting.', validateFn: validateAs('input') }) input: QiForumMeetingInput,
    @Ctx() ctx: HubContext,
  ): Promise<QiForumMeeting> {
    return ctx.services.qiRecords.recordForumMeeting(input);
  }

  @Mutation(() => QiForumMeeting, { description: 'Saves a QI forum meeting and the projects it discussed. QI leads and admins; audited.' })
  updateQiForumMeeting(
    @Arg('id', () => ID, { description: 'The meeting id.' }) id: string,
    @Arg('input', () => QiForumMeetingInput, { description: 'The meeting as it should be.', validateFn: validateAs('input') }) input: QiForumMeetingInput,
    @Ctx() ctx: HubContext,
  ): Promise<QiForumMeeting> {
    return ctx.services.qiRecords.updateForumMeeting(parseId(id, 'id'), input);
  }
}

@Resolver(() => QiProject)
export class QiProjectEditResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may edit the project (a QI lead who belongs to it, or an admin), so forms can show or hide edit controls.',
  })
  canEdit(@Root() project: QiProject, @Ctx() ctx: HubContext): boolean {
    return ctx.services.qiEdit.canEdit(project.id);
  }

  @FieldResolver(() => [ProgressScoreChange], { description: 'Every progress score the team set through the hub, oldest first.' })
  progressHistory(@Root() project: QiProject, @Ctx() ctx: HubContext): Promise<ProgressScoreChange[]> {
    return ctx.services.qiEdit.progressHistory(project.id);
  }
}

@Resolver(() => QiMeasure)
export class QiMeasureEditResolver {
  @FieldResolver(() => QiChartSettings, { description: 'The chart settings saved with the measure, which its spc chart uses unless options say otherwise.' })
  chartSettings(@Root() measure: QiMeasure, @Ctx() ctx: HubContext): Promise<QiChartSettings> {
    return ctx.services.qiEdit.chartSettings(measure.id, measure.target);
  }

  @FieldResolver(() => [QiMeasureValueChange], { description: "Every change to the measure's values, newest first: who, when, old and new value, and why." })
  valueHistory(@Root() measure: QiMeasure, @Ctx() ctx: HubContext): Promise<QiMeasureValueChange[]> {
    return ctx.services.qiEdit.valueHistory(measure.id);
  }
}

@Resolver(() => QiForumMeeting)
export class QiForumMeetingResolver {
  @FieldResolver(() => [QiProject], { description: 'The QI projects discussed at the meeting, by title.' })
  projectsDiscussed(@Root() meeting: QiForumMeeting, @Ctx() ctx: HubContext): Promise<QiProject[]> {
    return ctx.services.qiRecords.projectsDiscussed(meeting.id);
  }
}
