import type { SqlRunner } from '../sql/sql.runner.js';

export interface QiMeasureRecord {
  id: number;
  projectId: number;
  name: string;
  description: string;
  unit: string;
  direction: 'increase' | 'decrease' | 'neither';
  target: number | null;
  chart: 'xmr' | 't';
}

export interface QiMeasureBundle {
  measure: QiMeasureRecord;
  values: { periodStart: string; value: number; ghosted: boolean; rebase: boolean }[];
  cycles: {
    id: number;
    projectId: number;
    projectTitle: string;
    sequence: number;
    changeIdea: string;
    decision: string | null;
    startedOn: string;
    endedOn: string | null;
  }[];
  annotations: { id: number; notedOn: string; text: string }[];
}

/** A measure's values, each with the start of the next period (null for the last), so a date can be placed in its period. */
const VALUES_WITH_NEXT_START = `(select mv.*, lead(mv.period_start) over (order by mv.period_start) as next_start
  from qi_measure_value mv where mv.measure_id = m.id)`;

/**
 * Whether the measure's saved chart settings put a mark of this kind in the value's period:
 * a mark applies to the last period starting on or before its date, as `place` does for
 * options a reader tries (docs/methods.md, "QI measures").
 */
const markedIn = (kind: 'ghost' | 'rebase') => `exists (select 1 from qi_chart_mark k where k.measure_id = v.measure_id
  and k.kind = '${kind}' and k.at >= v.period_start and (v.next_start is null or k.at < v.next_start))`;

/**
 * A measure with its values (flagged by the saved chart settings), the PDSA cycles that test it (or, when a cycle names no measure,
 * every measure of its project) and the annotations on it or on its project, in one round trip.
 */
export async function loadQiMeasure(runner: SqlRunner, measureId: number): Promise<QiMeasureBundle | null> {
  const [row] = await runner.query<{ bundle: QiMeasureBundle }>(
    `
    select json_build_object(
      'measure', json_build_object('id', m.id, 'projectId', m.project_id, 'name', m.name, 'description', m.description,
        'unit', m.unit, 'direction', m.direction, 'target', m.target::float8, 'chart', m.chart),
      'values', coalesce((select json_agg(json_build_object('periodStart', to_char(v.period_start, 'YYYY-MM-DD'),
          'value', v.value::float8, 'ghosted', ${markedIn('ghost')}, 'rebase', ${markedIn('rebase')}) order by v.period_start)
        from ${VALUES_WITH_NEXT_START} v), '[]'::json),
      'cycles', coalesce((select json_agg(json_build_object('id', c.id, 'projectId', c.project_id, 'projectTitle', p.title,
          'sequence', c.sequence, 'changeIdea', c.change_idea,
          'decision', c.decision, 'startedOn', to_char(c.started_on, 'YYYY-MM-DD'), 'endedOn', to_char(c.ended_on, 'YYYY-MM-DD'))
          order by c.started_on, c.sequence)
        from pdsa_cycle c join qi_project p on p.id = c.project_id
        where c.project_id = m.project_id
          and (exists (select 1 from pdsa_cycle_measure cm where cm.cycle_id = c.id and cm.measure_id = m.id)
            or not exists (select 1 from pdsa_cycle_measure cm where cm.cycle_id = c.id))), '[]'::json),
      'annotations', coalesce((select json_agg(json_build_object('id', a.id, 'notedOn', to_char(a.noted_on, 'YYYY-MM-DD'),
          'text', a.text) order by a.noted_on, a.id)
        from qi_annotation a where a.project_id = m.project_id and (a.measure_id is null or a.measure_id = m.id)), '[]'::json)
    ) as bundle
    from qi_measure m where m.id = $1`,
    [measureId],
  );
  return row?.bundle ?? null;
}

export interface InvolvementMonthRow {
  month: string;
  active: number;
  big_i: number;
  little_i: number;
}

/**
 * Per month, projects active at any time in it and their involvement level as it stood at the
 * month's end (the latest dated level; none when no level was recorded yet).
 */
export async function loadInvolvementByMonth(runner: SqlRunner, from: string | null, to: string | null): Promise<InvolvementMonthRow[]> {
  return runner.query<InvolvementMonthRow>(
    `
    with bounds as (
      select date_trunc('month', coalesce($1::date, min(p.started_on)))::date as first,
        -- Projects still running are active to the end of the data, not to the last project's end.
        date_trunc('month', coalesce($2::date, greatest(max(coalesce(p.ended_on, p.started_on)),
          (select max(effective_on) from qi_project_involvement),
          (select max(received_on) from referral_fact),
          (select max(period_start) from qi_measure_value))))::date as last
      from qi_project p
    ),
    months as (
      select m::date as month, (m + interval '1 month' - interval '1 day')::date as month_end
      from bounds, generate_series(bounds.first, bounds.last, interval '1 month') m
    ),
    active as (
      select m.month, lvl.level
      from months m
      join qi_project p on p.started_on <= m.month_end and (p.ended_on is null or p.ended_on >= m.month)
      left join lateral (
        select i.level from qi_project_involvement i
        where i.project_id = p.id and i.effective_on <= m.month_end
        order by i.effective_on desc limit 1
      ) lvl on true
    )
    select to_char(m.month, 'YYYY-MM-DD') as month,
      count(a.month)::int as active,
      count(*) filter (where a.level = 'big_i')::int as big_i,
      count(*) filter (where a.level = 'little_i')::int as little_i
    from months m left join active a on a.month = m.month
    group by m.month order by m.month`,
    [from, to],
  );
}
