import { parseDate, parseNumber } from '../value/cell.values.js';
import { spellingKey } from '../value/code.spellings.js';
import type { Checked } from './referral.validate.js';
import { RowReasons } from './row.reasons.js';

export interface QiMeasureRef {
  id: number;
  name: string;
  unit: string;
  chart: 'xmr' | 't';
}

export interface QiProjectRef {
  id: number;
  code: string;
  /** By the spelling key of the measure's name, and by its id. */
  measures: Map<string, QiMeasureRef>;
}

/** A QI measure's value for one period, as the hub stores it. */
export interface QiMeasureRecord {
  measureId: number;
  measureName: string;
  periodStart: string;
  value: number;
  note: string | null;
}

interface QiMeasureContext {
  projects: ReadonlyMap<string, QiProjectRef>;
  /** The projects the importing account leads; null for an admin, who reaches all. */
  allowedProjectIds: ReadonlySet<number> | null;
  today: string;
}

/** The API's bound on a measure's value (apps/api/src/qi), so a value the dashboard refuses is refused here too. */
const LARGEST = 1e12;

/**
 * Checks one QI measure value (docs/import.md, "QI measures"). The hub's XmR measures are
 * monthly, so a period starts on the 1st; a T chart's values are counted from its event dates,
 * so they are not imported as numbers.
 */
export function checkQiMeasureRow(values: Readonly<Record<string, string>>, context: QiMeasureContext): Checked<QiMeasureRecord> {
  const row = new RowReasons(values);
  const projectText = row.required('project');
  const project = projectText === null ? undefined : context.projects.get(spellingKey(projectText));
  if (projectText !== null && !project) row.add('project', 'is not a QI project of the hub');
  if (project && context.allowedProjectIds && !context.allowedProjectIds.has(project.id))
    row.add('project', 'is not one of the QI projects your account leads');
  const measureText = row.required('measure');
  const measure = project && measureText !== null ? project.measures.get(spellingKey(measureText)) : undefined;
  if (project && measureText !== null && !measure) row.add('measure', `is not a measure of the QI project ${project.code}`);
  if (measure?.chart === 't') {
    row.add('measure', "is a T chart, whose values are the days between events counted from the event dates: record its events in the dashboard's QI pages");
  }
  const periodStart = row.parsed('period_start', parseDate, true);
  if (periodStart !== null && periodStart > context.today) row.add('period_start', `is in the future (today is ${context.today})`);
  else if (periodStart !== null && !periodStart.endsWith('-01')) {
    row.add(
      'period_start',
      `is not the start of a period: the hub's measures are monthly, so a period starts on the 1st of a month (${periodStart.slice(0, 8)}01)`,
    );
  }
  const value = row.parsed('value', parseNumber, true);
  if (value !== null && measure?.unit === '%' && (value < 0 || value > 100)) row.add('value', 'is outside 0–100, and the measure is a percentage');
  else if (value !== null && Math.abs(value) > LARGEST) row.add('value', `is outside -${LARGEST} to ${LARGEST}`);
  const note = row.text('note');
  if (note.length > 500) row.add('note', 'is longer than 500 characters', null);
  if (!row.ok) return { ok: false, reasons: row.list, pseudonym: null };
  return {
    ok: true,
    pseudonym: null,
    record: { measureId: measure!.id, measureName: measure!.name, periodStart: periodStart!, value: value!, note: note || null },
  };
}
