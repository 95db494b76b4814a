import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { InvalidArgumentError, parseId } from '../common/argument.error.js';
import { LocalDate } from '../common/scalars.js';
import type { HubContext } from '../context/hub.context.js';
import { Service } from '../programme/programme.type.js';
import { QiProjectFilter } from './qi.input.js';
import { PdsaCycle, QiMeasure, QiMeasureValue } from './qi-measure.type.js';
import { InvolvementChange, QiAnnotation, QiForumMeeting, QiProject } from './qi-project.type.js';

@Resolver(() => QiProject)
export class QiProjectResolver {
  @Query(() => [QiProject], { description: 'QI projects, oldest first, optionally narrowed by a filter.' })
  qiProjects(
    @Arg('filter', () => QiProjectFilter, { nullable: true, description: 'Which projects to return.' }) filter: QiProjectFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<QiProject[]> {
    return ctx.services.qi.projects(filter ?? {});
  }

  @Query(() => QiProject, { nullable: true, description: 'One QI project by id; null when there is none.' })
  qiProject(@Arg('id', () => ID, { description: 'The project id.' }) id: string, @Ctx() ctx: HubContext): Promise<QiProject | null> {
    return ctx.services.qi.project(parseId(id, 'id'));
  }

  @Query(() => [QiForumMeeting], { description: 'QI forum meetings, oldest first, optionally within a date range.' })
  qiForumMeetings(
    @Arg('heldFrom', () => LocalDate, { nullable: true, description: 'Only meetings on or after this day.' }) heldFrom: string | null,
    @Arg('heldTo', () => LocalDate, { nullable: true, description: 'Only meetings on or before this day (inclusive).' }) heldTo: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<QiForumMeeting[]> {
    if (heldFrom && heldTo && heldTo < heldFrom) throw new InvalidArgumentError('heldTo', 'heldTo must be on or after heldFrom.');
    return ctx.services.qi.forumMeetings(heldFrom ?? null, heldTo ?? null);
  }

  @FieldResolver(() => Service, { nullable: true, description: 'The service the project improves; null for projects across the whole hub.' })
  service(@Root() project: QiProject, @Ctx() ctx: HubContext): Promise<Service | null> {
    return project.serviceId ? ctx.services.programmes.requiredService(project.serviceId) : Promise.resolve(null);
  }

  @FieldResolver(() => [InvolvementChange], { description: 'Every change in service-user and carer involvement, oldest first.' })
  involvementHistory(@Root() project: QiProject, @Ctx() ctx: HubContext): Promise<InvolvementChange[]> {
    return ctx.services.qi.involvementHistory(project.id);
  }

  @FieldResolver(() => [QiMeasure], { description: "The project's measures, by name." })
  measures(@Root() project: QiProject, @Ctx() ctx: HubContext): Promise<QiMeasure[]> {
    return ctx.services.qi.measures(project.id);
  }

  @FieldResolver(() => [PdsaCycle], { description: "The project's PDSA cycles, in order." })
  pdsaCycles(@Root() project: QiProject, @Ctx() ctx: HubContext): Promise<PdsaCycle[]> {
    return ctx.services.qi.cycles(project.id);
  }

  @FieldResolver(() => [QiAnnotation], { description: 'Notes on the project and its measures, oldest first.' })
  annotations(@Root() project: QiProject, @Ctx() ctx: HubContext): Promise<QiAnnotation[]> {
    return ctx.services.qi.annotationsOfProject(project.id);
  }
}

@Resolver(() => QiMeasure)
export class QiMeasureResolver {
  @Query(() => QiMeasure, { nullable: true, description: 'One QI measure by id; null when there is none.' })
  qiMeasure(@Arg('id', () => ID, { description: 'The measure id.' }) id: string, @Ctx() ctx: HubContext): Promise<QiMeasure | null> {
    return ctx.services.qi.measure(parseId(id, 'id'));
  }

  @FieldResolver(() => [QiMeasureValue], { description: "The measure's values, oldest period first." })
  values(@Root() measure: QiMeasure, @Ctx() ctx: HubContext): Promise<QiMeasureValue[]> {
    return ctx.services.qi.values(measure.id);
  }

  @FieldResolver(() => QiProject, { description: 'The project the measure belongs to.' })
  project(@Root() measure: QiMeasure, @Ctx() ctx: HubContext): Promise<QiProject> {
    return ctx.services.qi.requiredProject(measure.projectId);
  }

  @FieldResolver(() => [QiAnnotation], { description: 'Notes made on this measure, oldest first.' })
  annotations(@Root() measure: QiMeasure, @Ctx() ctx: HubContext): Promise<QiAnnotation[]> {
    return ctx.services.qi.annotationsOfMeasure(measure.id);
  }
}

@Resolver(() => PdsaCycle)
export class PdsaCycleResolver {
  @FieldResolver(() => [QiMeasure], { description: "The measures this cycle's change is expected to move." })
  measures(@Root() cycle: PdsaCycle, @Ctx() ctx: HubContext): Promise<QiMeasure[]> {
    return ctx.services.qi.measuresOfCycle(cycle.id);
  }

  @FieldResolver(() => QiProject, { description: 'The project the cycle belongs to.' })
  project(@Root() cycle: PdsaCycle, @Ctx() ctx: HubContext): Promise<QiProject> {
    return ctx.services.qi.requiredProject(cycle.projectId);
  }
}

@Resolver(() => QiAnnotation)
export class QiAnnotationResolver {
  @FieldResolver(() => QiMeasure, { nullable: true, description: 'The measure the note is about; null for a note on the whole project.' })
  measure(@Root() annotation: QiAnnotation, @Ctx() ctx: HubContext): Promise<QiMeasure | null> {
    return annotation.measureId ? ctx.services.qi.measure(annotation.measureId) : Promise.resolve(null);
  }
}
