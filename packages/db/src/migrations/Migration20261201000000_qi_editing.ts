import { Migration } from '@mikro-orm/migrations';

/**
 * QI teams record their own work in the hub (docs/methods.md, "QI measures"): a version on
 * each project for optimistic concurrency, the history of progress scores and of every change
 * to a measure's values, chart settings with reasons (replacing the ghosted and rebase flags
 * on values, which are moved across), PDSA cycles shown on service charts, and the projects
 * each QI forum meeting discussed.
 */
export class Migration20261201000000_qi_editing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table qi_project
  add column version int not null default 1 check (version >= 1),
  add column changed_at timestamptz,
  add column changed_by text;

create table qi_progress_score (
  project_id int not null references qi_project(id) on delete cascade,
  scored_on date not null,
  score numeric(2,1) not null check (score between 0.5 and 5.0 and score * 2 = trunc(score * 2)),
  primary key (project_id, scored_on)
);

create table qi_measure_value_history (
  id bigserial primary key,
  measure_id int not null references qi_measure(id) on delete cascade,
  period_start date not null,
  old_value numeric,
  new_value numeric,
  changed_at timestamptz not null default clock_timestamp(),
  changed_by text not null,
  reason text check (length(reason) between 1 and 500),
  check (old_value is not null or new_value is not null)
);
create index qi_measure_value_history_measure_idx on qi_measure_value_history(measure_id);

-- Rebases and ghosts are the measure's, not a value's: a reason goes with each, and a mark
-- stays when the value it falls on is corrected.
create table qi_chart_mark (
  measure_id int not null references qi_measure(id) on delete cascade,
  kind text not null check (kind in ('rebase','ghost')),
  at date not null,
  reason text not null check (length(reason) between 1 and 500),
  primary key (measure_id, kind, at)
);
insert into qi_chart_mark (measure_id, kind, at, reason)
  select measure_id, 'ghost', period_start, 'Marked before chart settings kept reasons.' from qi_measure_value where ghosted
  union all
  select measure_id, 'rebase', period_start, 'Marked before chart settings kept reasons.' from qi_measure_value where rebase;
alter table qi_measure_value drop column ghosted, drop column rebase;


alter table pdsa_cycle add column show_on_service_charts boolean not null default false;

create table qi_forum_meeting_project (
  meeting_id int not null references qi_forum_meeting(id) on delete cascade,
  project_id int not null references qi_project(id) on delete cascade,
  primary key (meeting_id, project_id)
);
create index qi_forum_meeting_project_project_idx on qi_forum_meeting_project(project_id);`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists qi_forum_meeting_project;
alter table pdsa_cycle drop column if exists show_on_service_charts;
alter table qi_measure_value add column ghosted boolean not null default false, add column rebase boolean not null default false;
update qi_measure_value v set ghosted = true from qi_chart_mark k where k.kind = 'ghost' and k.measure_id = v.measure_id and k.at = v.period_start;
update qi_measure_value v set rebase = true from qi_chart_mark k where k.kind = 'rebase' and k.measure_id = v.measure_id and k.at = v.period_start;
drop table if exists qi_chart_mark;
drop table if exists qi_measure_value_history;
drop table if exists qi_progress_score;
alter table qi_project drop column if exists version, drop column if exists changed_at, drop column if exists changed_by;`);
  }
}
