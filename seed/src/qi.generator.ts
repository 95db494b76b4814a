import { DATA_UNTIL, addMonths, dayOf, isoDay, weekday } from './calendar.util.js';
import type { Random } from './random.js';
import { FORUM_REBUILT_ON, qiMeasures, qiProjects, type MeasureModel, type QiMeasureReference } from './reference/qi-project.reference.js';

/**
 * Monthly values for the QI measures, made from each measure's model, and the QI forum's
 * meetings. Values use their own random stream, so they do not change with the town's size.
 */
export interface MeasureValueRow {
  measure_id: number;
  period_start: string;
  value: number;
  ghosted: boolean;
  rebase: boolean;
}

/** A saved chart setting of a measure (docs/methods.md, "QI measures"): a rebase or a ghost, with why. */
export interface ChartMarkRow {
  measure_id: number;
  kind: 'rebase' | 'ghost';
  at: string;
  reason: string;
}

const MARK_REASONS = {
  rebase: 'The change was adopted: limits recalculated from here.',
  ghost: 'A one-off disruption to data collection: left out of the limits.',
} as const;

/** The generated values' ghost and rebase flags as the measures' chart settings. */
export function chartMarkRows(rows: readonly MeasureValueRow[]): ChartMarkRow[] {
  return rows.flatMap((row) =>
    (['ghost', 'rebase'] as const)
      .filter((kind) => (kind === 'ghost' ? row.ghosted : row.rebase))
      .map((kind) => ({ measure_id: row.measure_id, kind, at: row.period_start, reason: MARK_REASONS[kind] })),
  );
}

export function measureValueRows(random: Random): MeasureValueRow[] {
  return qiMeasures.flatMap((measure) => {
    const until = lastDay(measure);
    const model = measure.model;
    if (model.kind === 'days_between') return daysBetween(random, measure.id, model, until);
    if (model.kind === 'involvement') return monthly(dayOf(model.from), until).map((month) => row(measure.id, month, involvementPercent(month)));
    return monthly(dayOf(model.from), until).map((month) => levelValue(random, measure.id, model, month));
  });
}

function lastDay(measure: QiMeasureReference): number {
  const project = qiProjects.find((candidate) => candidate.id === measure.projectId)!;
  return project.endedOn ? Math.min(dayOf(project.endedOn), DATA_UNTIL) : DATA_UNTIL;
}

function monthly(from: number, until: number): number[] {
  const months: number[] = [];
  for (let month = from; month <= until; month = addMonths(month, 1)) months.push(month);
  return months;
}

const row = (measureId: number, day: number, value: number, ghosted = false, rebase = false): MeasureValueRow => ({
  measure_id: measureId,
  period_start: isoDay(day),
  value,
  ghosted,
  rebase,
});

type LevelModel = Extract<MeasureModel, { kind: 'level' }>;

/** The process mean in a month: each change is a step, or a straight climb over `overMonths`. */
export function levelMean(model: LevelModel, month: number): number {
  let mean = model.mean;
  for (const change of model.changes ?? []) {
    const at = dayOf(change.at);
    if (month < at) break;
    const months = Math.round((month - at) / 30.44);
    const progress = change.overMonths ? Math.min(1, (months + 1) / change.overMonths) : 1;
    mean += (change.mean - mean) * progress;
  }
  return mean;
}

function levelValue(random: Random, measureId: number, model: LevelModel, month: number): MeasureValueRow {
  const mean = levelMean(model, month);
  const raw = model.count ? random.poisson(mean) : random.normal(mean, model.sd);
  const scale = 10 ** model.decimals;
  const value = Math.min(model.max ?? Infinity, Math.max(0, Math.round(raw * scale) / scale));
  const rebase = (model.changes ?? []).some((change) => change.rebase && dayOf(change.at) === month);
  return row(measureId, month, value, model.ghost !== undefined && dayOf(model.ghost) === month, rebase);
}

/** Rare events for a T chart: each value is the days since the previous event, dated on the event. */
function daysBetween(random: Random, measureId: number, model: Extract<MeasureModel, { kind: 'days_between' }>, until: number): MeasureValueRow[] {
  const rows: MeasureValueRow[] = [];
  let day = dayOf(model.from);
  for (;;) {
    const changed = model.changes.filter((change) => day >= dayOf(change.at)).at(-1);
    const gap = Math.max(1, Math.round(-(changed?.meanDays ?? model.meanDays) * Math.log(1 - random.next())));
    if (day + gap > until) return rows;
    day += gap;
    rows.push(row(measureId, day, gap));
  }
}

/** Share of projects under way at the end of the month with service users involved, big I or little i. */
export function involvementPercent(month: number): number {
  const monthEnd = addMonths(month, 1) - 1;
  const running = qiProjects.filter((project) => dayOf(project.startedOn) <= monthEnd);
  const involved = running.filter((project) => {
    const level = project.involvement.filter((entry) => dayOf(entry.effectiveOn) <= monthEnd).at(-1)?.level ?? 'none';
    return level !== 'none';
  });
  return running.length === 0 ? 0 : Math.round((1000 * involved.length) / running.length) / 10;
}

export interface ForumMeetingRow {
  id: number;
  held_on: string;
  staff_attendees: number;
  service_user_carer_attendees: number;
  notes: string;
}

/**
 * Monthly forum meetings on the second Wednesday. Before the rebuild mostly senior staff came;
 * afterwards service users and carers came in growing numbers (seeds/luton-qi-forum.txt).
 */
export function forumMeetingRows(random: Random): ForumMeetingRow[] {
  const rebuilt = dayOf(FORUM_REBUILT_ON);
  return monthly(dayOf('2019-09-01'), DATA_UNTIL).map((month, i) => {
    let day = month;
    while (weekday(day) !== 3) day++;
    day += 7;
    const after = day >= rebuilt;
    const monthsSince = Math.max(0, (day - rebuilt) / 30.44);
    const serviceUsers = after ? Math.max(2, Math.round(Math.min(11, 3 + 0.35 * monthsSince) + random.normal(0, 1.2))) : random.chance(0.15) ? 1 : 0;
    const notes = after && monthsSince < 1 ? 'First forum co-chaired with the Luton Working Together Group.' : '';
    return {
      id: i + 1,
      held_on: isoDay(day),
      staff_attendees: after ? random.int(7, 12) : random.int(11, 17),
      service_user_carer_attendees: serviceUsers,
      notes,
    };
  });
}
