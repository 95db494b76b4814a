import type { SqlClient } from '../common/sql.client.js';

export interface ProjectStateRow {
  id: string;
  title: string;
  version: number;
  changed_at: string | null;
  changed_by: string | null;
  service_id: string | null;
  started_on: string;
  progress_score: number;
  scored_on: string | null;
  involvement_on: string | null;
  involvement_level: string;
}
export interface ProjectWrite {
  title: string;
  team: string;
  aim: string;
  serviceId: string | null;
  startedOn: string;
  endedOn: string | null;
  status: string;
  progressScore: number;
}
export interface MeasureWrite {
  name: string;
  description: string;
  unit: string;
  direction: string;
  target: number | null;
  chart: string;
}
export interface ValueRow {
  period_start: string;
  value: number;
}
export interface ValueChange {
  periodStart: string;
  oldValue: number | null;
  newValue: number | null;
  reason: string | null;
}
export interface CycleWrite {
  changeIdea: string;
  plan: string;
  doNotes: string;
  study: string;
  act: string;
  startedOn: string;
  endedOn: string | null;
  decision: string | null;
  showOnServiceCharts: boolean;
}
export interface MeetingWrite {
  heldOn: string;
  staffAttendees: number;
  serviceUserCarerAttendees: number;
  notes: string;
}
export interface ChartMarkRow {
  measure_id: string;
  kind: 'rebase' | 'ghost';
  at: string;
  reason: string;
}
export interface ValueHistoryRow {
  measure_id: string;
  period_start: string;
  old_value: number | null;
  new_value: number | null;
  changed_at: string;
  changed_by: string;
  reason: string | null;
}
export interface ProgressScoreRow {
  project_id: string;
  scored_on: string;
  score: number;
}

/** Writes for QI editing, each on the caller's transaction, and the histories they keep. */
export class QiEditRepository {
  constructor(private readonly sql: SqlClient) {}

  /** The project's state for an edit, its row locked until the transaction ends so edits queue. */
  projectForUpdate(id: string): Promise<ProjectStateRow | null> {
    return this.sql.one(
      `select q.id::text as id, q.title, q.version, q.changed_at, q.changed_by, q.service_id::text as service_id, q.started_on,
         q.progress_score::float8 as progress_score,
         (select max(s.scored_on) from qi_progress_score s where s.project_id = q.id) as scored_on,
         (select max(i.effective_on) from qi_project_involvement i where i.project_id = q.id) as involvement_on,
         coalesce((select i.level from qi_project_involvement i where i.project_id = q.id and i.effective_on <= current_date
           order by i.effective_on desc limit 1), 'none') as involvement_level
       from qi_project q where q.id = ?::int for update`,
      [id],
    );
  }

  async serviceExists(id: string): Promise<boolean> {
    return (await this.sql.one('select 1 from service where id = ?::int', [id])) !== null;
  }

  async codeFor(title: string): Promise<string> {
    const base =
      title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 32) || 'qi-project';
    const padded = base.length < 2 ? `${base}-project` : base;
    const row = await this.sql.one<{ taken: number }>(`select count(*)::int as taken from qi_project where code = ? or code ~ ?`, [
      padded,
      `^${padded}-[0-9]+$`,
    ]);
    return row!.taken === 0 ? padded : `${padded}-${row!.taken + 1}`;
  }

  async insertProject(project: ProjectWrite, code: string, changedBy: string): Promise<string> {
    const row = await this.sql.one<{ id: string }>(
      `insert into qi_project (code, title, team, aim, service_id, started_on, ended_on, status, progress_score, changed_at, changed_by)
       values (?, ?, ?, ?, ?::int, ?::date, ?::date, ?, ?, now(), ?) returning id::text as id`,
      [code, project.title, project.team, project.aim, project.serviceId, project.startedOn, project.endedOn, project.status, project.progressScore, changedBy],
    );
    return row!.id;
  }

  async updateProject(id: string, project: ProjectWrite, changedBy: string): Promise<number> {
    const row = await this.sql.one<{ version: number }>(
      `update qi_project set title = ?, team = ?, aim = ?, service_id = ?::int, started_on = ?::date, ended_on = ?::date, status = ?,
         progress_score = ?, version = version + 1, changed_at = now(), changed_by = ?
       where id = ?::int returning version`,
      [project.title, project.team, project.aim, project.serviceId, project.startedOn, project.endedOn, project.status, project.progressScore, changedBy, id],
    );
    return row!.version;
  }

  async setProgressScore(projectId: string, scoredOn: string, score: number): Promise<void> {
    await this.sql.rows(
      `insert into qi_progress_score (project_id, scored_on, score) values (?::int, ?::date, ?)
       on conflict (project_id, scored_on) do update set score = excluded.score`,
      [projectId, scoredOn, score],
    );
  }

  async setInvolvement(projectId: string, effectiveOn: string, level: string): Promise<void> {
    await this.sql.rows(
      `insert into qi_project_involvement (project_id, effective_on, level) values (?::int, ?::date, ?)
       on conflict (project_id, effective_on) do update set level = excluded.level`,
      [projectId, effectiveOn, level],
    );
  }

  async addMember(userId: number, projectId: string): Promise<void> {
    await this.sql.rows(`insert into user_scope (user_id, kind, ref_id) values (?, 'qi_project', ?::int) on conflict do nothing`, [userId, projectId]);
  }

  measureNamed(projectId: string, name: string): Promise<{ id: string } | null> {
    return this.sql.one('select id::text as id from qi_measure where project_id = ?::int and lower(name) = lower(?)', [projectId, name]);
  }

  async insertMeasure(projectId: string, measure: MeasureWrite): Promise<string> {
    const row = await this.sql.one<{ id: string }>(
      `insert into qi_measure (project_id, name, description, unit, direction, target, chart) values (?::int, ?, ?, ?, ?, ?, ?) returning id::text as id`,
      [projectId, measure.name, measure.description, measure.unit, measure.direction, measure.target, measure.chart],
    );
    return row!.id;
  }

  async updateMeasure(id: string, measure: MeasureWrite): Promise<void> {
    await this.sql.rows('update qi_measure set name = ?, description = ?, unit = ?, direction = ?, target = ?, chart = ? where id = ?::int', [
      measure.name,
      measure.description,
      measure.unit,
      measure.direction,
      measure.target,
      measure.chart,
      id,
    ]);
  }

  /** Every value of the measure, oldest first, locking the measure row so concurrent recordings queue. */
  async valuesForUpdate(measureId: string): Promise<ValueRow[]> {
    await this.sql.rows('select 1 from qi_measure where id = ?::int for update', [measureId]);
    return this.sql.rows(
      `select to_char(period_start, 'YYYY-MM-DD') as period_start, value::float8 as value from qi_measure_value where measure_id = ?::int order by period_start`,
      [measureId],
    );
  }

  /** Applies value changes and keeps each in the value history. */
  async applyValueChanges(measureId: string, changes: readonly ValueChange[], changedBy: string): Promise<void> {
    if (changes.length === 0) return;
    const column = <K extends keyof ValueChange>(key: K) => changes.map((change) => change[key]);
    const params = [measureId, column('periodStart'), column('newValue')];
    await this.sql.rows(
      `delete from qi_measure_value v using unnest(?::date[], ?::numeric[]) c(period_start, new_value)
       where v.measure_id = ?::int and v.period_start = c.period_start and c.new_value is null`,
      [column('periodStart'), column('newValue'), measureId],
    );
    await this.sql.rows(
      `insert into qi_measure_value (measure_id, period_start, value)
       select ?::int, c.period_start, c.new_value from unnest(?::date[], ?::numeric[]) c(period_start, new_value) where c.new_value is not null
       on conflict (measure_id, period_start) do update set value = excluded.value`,
      params,
    );
    await this.sql.rows(
      `insert into qi_measure_value_history (measure_id, period_start, old_value, new_value, changed_by, reason)
       select ?::int, c.period_start, c.old_value, c.new_value, ?, c.reason
       from unnest(?::date[], ?::numeric[], ?::numeric[], ?::text[]) c(period_start, old_value, new_value, reason)`,
      [measureId, changedBy, column('periodStart'), column('oldValue'), column('newValue'), column('reason')],
    );
  }

  async replaceChartMarks(measureId: string, marks: readonly { kind: 'rebase' | 'ghost'; at: string; reason: string }[], target: number | null): Promise<void> {
    await this.sql.rows('delete from qi_chart_mark where measure_id = ?::int', [measureId]);
    await this.sql.rows(
      `insert into qi_chart_mark (measure_id, kind, at, reason) select ?::int, m.kind, m.at, m.reason from unnest(?::text[], ?::date[], ?::text[]) m(kind, at, reason)`,
      [measureId, marks.map((mark) => mark.kind), marks.map((mark) => mark.at), marks.map((mark) => mark.reason)],
    );
    await this.sql.rows('update qi_measure set target = ? where id = ?::int', [target, measureId]);
  }

  /** The project's measures among `ids`. */
  async measuresOf(projectId: string, ids: readonly string[]): Promise<string[]> {
    const rows = await this.sql.rows<{ id: string }>('select id::text as id from qi_measure where project_id = ?::int and id = any(?::int[])', [
      projectId,
      ids,
    ]);
    return rows.map((row) => row.id);
  }

  async insertCycle(projectId: string, cycle: CycleWrite): Promise<string> {
    const row = await this.sql.one<{ id: string }>(
      `insert into pdsa_cycle (project_id, sequence, change_idea, plan, do_notes, study, act, decision, started_on, ended_on, show_on_service_charts)
       values (?::int, (select coalesce(max(sequence), 0) + 1 from pdsa_cycle where project_id = ?::int), ?, ?, ?, ?, ?, ?, ?::date, ?::date, ?)
       returning id::text as id`,
      [
        projectId,
        projectId,
        cycle.changeIdea,
        cycle.plan,
        cycle.doNotes,
        cycle.study,
        cycle.act,
        cycle.decision,
        cycle.startedOn,
        cycle.endedOn,
        cycle.showOnServiceCharts,
      ],
    );
    return row!.id;
  }

  async updateCycle(id: string, cycle: CycleWrite): Promise<void> {
    await this.sql.rows(
      `update pdsa_cycle set change_idea = ?, plan = ?, do_notes = ?, study = ?, act = ?, decision = ?, started_on = ?::date, ended_on = ?::date,
         show_on_service_charts = ? where id = ?::int`,
      [cycle.changeIdea, cycle.plan, cycle.doNotes, cycle.study, cycle.act, cycle.decision, cycle.startedOn, cycle.endedOn, cycle.showOnServiceCharts, id],
    );
  }

  async replaceCycleMeasures(cycleId: string, measureIds: readonly string[]): Promise<void> {
    await this.sql.rows('delete from pdsa_cycle_measure where cycle_id = ?::int', [cycleId]);
    await this.sql.rows('insert into pdsa_cycle_measure (cycle_id, measure_id) select ?::int, unnest(?::int[])', [cycleId, measureIds]);
  }

  cycleProject(id: string): Promise<{ project_id: string } | null> {
    return this.sql.one('select project_id::text as project_id from pdsa_cycle where id = ?::int', [id]);
  }

  annotationProject(id: string): Promise<{ project_id: string; text: string } | null> {
    return this.sql.one('select project_id::text as project_id, text from qi_annotation where id = ?::int', [id]);
  }

  async insertAnnotation(projectId: string, measureId: string | null, notedOn: string, text: string): Promise<string> {
    const row = await this.sql.one<{ id: string }>(
      'insert into qi_annotation (project_id, measure_id, noted_on, text) values (?::int, ?::int, ?::date, ?) returning id::text as id',
      [projectId, measureId, notedOn, text],
    );
    return row!.id;
  }

  async deleteAnnotation(id: string): Promise<void> {
    await this.sql.rows('delete from qi_annotation where id = ?::int', [id]);
  }

  meetingOn(heldOn: string): Promise<{ id: string } | null> {
    return this.sql.one('select id::text as id from qi_forum_meeting where held_on = ?::date', [heldOn]);
  }

  async meetingExists(id: string): Promise<boolean> {
    return (await this.sql.one('select 1 from qi_forum_meeting where id = ?::int for update', [id])) !== null;
  }

  async existingProjects(ids: readonly string[]): Promise<string[]> {
    const rows = await this.sql.rows<{ id: string }>('select id::text as id from qi_project where id = any(?::int[])', [ids]);
    return rows.map((row) => row.id);
  }

  async insertMeeting(meeting: MeetingWrite): Promise<string> {
    const row = await this.sql.one<{ id: string }>(
      `insert into qi_forum_meeting (held_on, staff_attendees, service_user_carer_attendees, notes) values (?::date, ?, ?, ?) returning id::text as id`,
      [meeting.heldOn, meeting.staffAttendees, meeting.serviceUserCarerAttendees, meeting.notes],
    );
    return row!.id;
  }

  async updateMeeting(id: string, meeting: MeetingWrite): Promise<void> {
    await this.sql.rows('update qi_forum_meeting set held_on = ?::date, staff_attendees = ?, service_user_carer_attendees = ?, notes = ? where id = ?::int', [
      meeting.heldOn,
      meeting.staffAttendees,
      meeting.serviceUserCarerAttendees,
      meeting.notes,
      id,
    ]);
  }

  async replaceMeetingProjects(meetingId: string, projectIds: readonly string[]): Promise<void> {
    await this.sql.rows('delete from qi_forum_meeting_project where meeting_id = ?::int', [meetingId]);
    await this.sql.rows('insert into qi_forum_meeting_project (meeting_id, project_id) select ?::int, unnest(?::int[])', [meetingId, projectIds]);
  }

  // Reads for the edit fields, batched by the loaders.

  chartMarks(measureIds: readonly string[]): Promise<ChartMarkRow[]> {
    return this.sql.rows(
      `select measure_id::text as measure_id, kind, to_char(at, 'YYYY-MM-DD') as at, reason from qi_chart_mark where measure_id = any(?::int[]) order by at`,
      [measureIds],
    );
  }

  valueHistory(measureIds: readonly string[]): Promise<ValueHistoryRow[]> {
    return this.sql.rows(
      `select measure_id::text as measure_id, to_char(period_start, 'YYYY-MM-DD') as period_start, old_value::float8 as old_value,
         new_value::float8 as new_value, changed_at, changed_by, reason
       from qi_measure_value_history where measure_id = any(?::int[]) order by id desc`,
      [measureIds],
    );
  }

  progressScores(projectIds: readonly string[]): Promise<ProgressScoreRow[]> {
    return this.sql.rows(
      `select project_id::text as project_id, to_char(scored_on, 'YYYY-MM-DD') as scored_on, score::float8 as score
       from qi_progress_score where project_id = any(?::int[]) order by scored_on`,
      [projectIds],
    );
  }

  meetingProjects(meetingIds: readonly string[]): Promise<{ meeting_id: string; project_id: string }[]> {
    return this.sql.rows(
      `select l.meeting_id::text as meeting_id, l.project_id::text as project_id
       from qi_forum_meeting_project l join qi_project q on q.id = l.project_id where l.meeting_id = any(?::int[]) order by q.title`,
      [meetingIds],
    );
  }
}
