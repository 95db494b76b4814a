import { SqlConditions, type SqlClient } from '../common/sql.client.js';
import type { QiProjectFilter } from './qi.input.js';

export interface QiProjectRow {
  id: string;
  code: string;
  title: string;
  team: string;
  aim: string;
  service_id: string | null;
  started_on: string;
  ended_on: string | null;
  status: string;
  progress_score: number;
  involvement_level: string;
  version: number;
  progress_scored_on: string | null;
}
export interface InvolvementRow {
  project_id: string;
  effective_on: string;
  level: string;
}
export interface QiMeasureRow {
  id: string;
  project_id: string;
  name: string;
  description: string;
  unit: string;
  direction: string;
  target: number | null;
  chart: string;
}
export interface QiMeasureValueRow {
  measure_id: string;
  period_start: string;
  value: number;
  ghosted: boolean;
  rebase: boolean;
}
export interface PdsaCycleRow {
  id: string;
  project_id: string;
  sequence: number;
  change_idea: string;
  plan: string;
  do_notes: string;
  study: string;
  act: string;
  decision: string | null;
  started_on: string;
  ended_on: string | null;
  show_on_service_charts: boolean;
}
export interface ServiceCycleRow {
  cycle_id: string;
  project_id: string;
  project_title: string;
  sequence: number;
  change_idea: string;
  started_on: string;
  ended_on: string | null;
}
export interface CycleMeasureRow extends QiMeasureRow {
  cycle_id: string;
}
export interface QiAnnotationRow {
  id: string;
  project_id: string;
  measure_id: string | null;
  noted_on: string;
  text: string;
}
export interface QiForumMeetingRow {
  id: string;
  held_on: string;
  staff_attendees: number;
  service_user_carer_attendees: number;
  notes: string;
}

/** Involvement today is the latest level already in effect; a project with no record has none. */
const CURRENT_INVOLVEMENT = `coalesce((select i.level from qi_project_involvement i
  where i.project_id = q.id and i.effective_on <= current_date order by i.effective_on desc limit 1), 'none')`;

const PROJECT_COLUMNS = `q.id::text as id, q.code, q.title, q.team, q.aim, q.service_id::text as service_id,
  q.started_on, q.ended_on, q.status, q.progress_score::float8 as progress_score, ${CURRENT_INVOLVEMENT} as involvement_level,
  q.version, (select s.scored_on from qi_progress_score s where s.project_id = q.id order by s.scored_on desc limit 1) as progress_scored_on`;
const MEASURE_COLUMNS = `m.id::text as id, m.project_id::text as project_id, m.name, m.description, m.unit, m.direction,
  m.target::float8 as target, m.chart`;

/** Whether a saved chart mark falls in the value's period (from its start until the next value's); see docs/methods.md, "QI measures". */
const markedIn = (kind: 'ghost' | 'rebase') => `exists (select 1 from qi_chart_mark k where k.measure_id = v.measure_id
  and k.kind = '${kind}' and k.at >= v.period_start and (v.next_start is null or k.at < v.next_start))`;

/** Queries for QI projects, their measures, PDSA cycles and annotations, and the QI forum. */
export class QiRepository {
  constructor(private readonly sql: SqlClient) {}

  projects(filter: QiProjectFilter & { ids?: readonly string[] }): Promise<QiProjectRow[]> {
    const where = new SqlConditions()
      .when(filter.ids, 'q.id = any(?::int[])', filter.ids)
      .when(filter.serviceIds, 'q.service_id = any(?::int[])', filter.serviceIds)
      .when(filter.statuses, 'q.status = any(?)', filter.statuses)
      .when(filter.involvementLevels, `${CURRENT_INVOLVEMENT} = any(?)`, filter.involvementLevels);
    return this.sql.rows(`select ${PROJECT_COLUMNS} from qi_project q ${where.toWhere()} order by q.started_on, q.code`, where.params);
  }

  involvement(projectIds: readonly string[]): Promise<InvolvementRow[]> {
    return this.sql.rows(
      `select project_id::text as project_id, effective_on, level from qi_project_involvement
       where project_id = any(?::int[]) order by effective_on`,
      [projectIds],
    );
  }

  measures(filter: { ids?: readonly string[]; projectIds?: readonly string[] }): Promise<QiMeasureRow[]> {
    const where = new SqlConditions()
      .when(filter.ids, 'm.id = any(?::int[])', filter.ids)
      .when(filter.projectIds, 'm.project_id = any(?::int[])', filter.projectIds);
    return this.sql.rows(`select ${MEASURE_COLUMNS} from qi_measure m ${where.toWhere()} order by m.project_id, m.name`, where.params);
  }

  measureValues(measureIds: readonly string[]): Promise<QiMeasureValueRow[]> {
    return this.sql.rows(
      `select v.measure_id::text as measure_id, v.period_start, v.value::float8 as value, ${markedIn('ghost')} as ghosted, ${markedIn('rebase')} as rebase
       from (select mv.*, lead(mv.period_start) over (partition by mv.measure_id order by mv.period_start) as next_start
         from qi_measure_value mv where mv.measure_id = any(?::int[])) v
       order by v.period_start`,
      [measureIds],
    );
  }

  cycles(projectIds: readonly string[]): Promise<PdsaCycleRow[]> {
    return this.sql.rows(
      `select id::text as id, project_id::text as project_id, sequence, change_idea, plan, do_notes, study, act, decision,
         started_on, ended_on, show_on_service_charts
       from pdsa_cycle where project_id = any(?::int[]) order by sequence`,
      [projectIds],
    );
  }

  measuresOfCycles(cycleIds: readonly string[]): Promise<CycleMeasureRow[]> {
    return this.sql.rows(
      `select cm.cycle_id::text as cycle_id, ${MEASURE_COLUMNS}
       from pdsa_cycle_measure cm join qi_measure m on m.id = cm.measure_id
       where cm.cycle_id = any(?::int[]) order by m.name`,
      [cycleIds],
    );
  }

  annotations(filter: { projectIds?: readonly string[]; measureIds?: readonly string[] }): Promise<QiAnnotationRow[]> {
    const where = new SqlConditions()
      .when(filter.projectIds, 'project_id = any(?::int[])', filter.projectIds)
      .when(filter.measureIds, 'measure_id = any(?::int[])', filter.measureIds);
    return this.sql.rows(
      `select id::text as id, project_id::text as project_id, measure_id::text as measure_id, noted_on, text
       from qi_annotation ${where.toWhere()} order by noted_on, id`,
      where.params,
    );
  }

  forumMeetings(heldFrom: string | null, heldTo: string | null): Promise<QiForumMeetingRow[]> {
    const where = new SqlConditions().when(heldFrom, 'held_on >= ?::date', heldFrom).when(heldTo, 'held_on <= ?::date', heldTo);
    return this.sql.rows(
      `select id::text as id, held_on, staff_attendees, service_user_carer_attendees, notes
       from qi_forum_meeting ${where.toWhere()} order by held_on`,
      where.params,
    );
  }

  /** PDSA cycles set to show on service charts, of projects whose service runs any of the programmes. */
  serviceChartCycles(programmeIds: readonly string[]): Promise<ServiceCycleRow[]> {
    return this.sql.rows(
      `select c.id::text as cycle_id, c.project_id::text as project_id, q.title as project_title, c.sequence, c.change_idea,
         to_char(c.started_on, 'YYYY-MM-DD') as started_on, to_char(c.ended_on, 'YYYY-MM-DD') as ended_on
       from pdsa_cycle c join qi_project q on q.id = c.project_id
       where c.show_on_service_charts and q.service_id in (select p.service_id from programme p where p.id = any(?::int[]))
       order by c.started_on, c.id`,
      [programmeIds],
    );
  }
}
