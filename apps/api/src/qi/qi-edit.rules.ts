import { InvalidArgumentError } from '../common/argument.error.js';
import type { QiMeasureValueInput } from './qi-edit.input.js';
import type { ValueChange, ValueRow } from './qi-edit.repository.js';

/** Today in the hub's own time zone, as 'YYYY-MM-DD' (a date typed in the UK on the same day is never "in the future"). */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Refuses a date after today: things that already happened cannot be dated later. */
export function notInFuture(day: string | null | undefined, argumentName: string): void {
  if (day && day > today()) throw new InvalidArgumentError(argumentName, `must not be in the future (today is ${today()}).`);
}

export function checkReason(reason: string | null, argumentName: string, required: boolean): string | null {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed && required) throw new InvalidArgumentError(argumentName, 'must say why (1 to 500 characters).');
  if (trimmed.length > 500) throw new InvalidArgumentError(argumentName, 'must be at most 500 characters.');
  return trimmed || null;
}

/** One pasted row made plain: its date and the name of the field that gave it, for errors. */
export interface DatedValue {
  day: string;
  field: string;
  value: number | null;
  index: number;
}

export function datedValues(values: readonly QiMeasureValueInput[], chart: 'xmr' | 't'): DatedValue[] {
  if (values.length === 0) throw new InvalidArgumentError('values', 'must hold at least one value.');
  if (values.length > 1000) throw new InvalidArgumentError('values', 'may hold at most 1000 values at once.');
  const seen = new Set<string>();
  return values.map((row, index) => {
    const at = `values[${index}]`;
    if (row.periodStart && row.eventDate) throw new InvalidArgumentError(`${at}.eventDate`, 'give periodStart or eventDate, not both.');
    const day = row.periodStart ?? row.eventDate;
    const field = `${at}.${row.periodStart ? 'periodStart' : 'eventDate'}`;
    if (!day) throw new InvalidArgumentError(`${at}.${chart === 't' ? 'eventDate' : 'periodStart'}`, 'is required.');
    notInFuture(day, field);
    if (seen.has(day)) throw new InvalidArgumentError(field, `${day} appears more than once.`);
    seen.add(day);
    if (chart === 'xmr' && row.value == null) throw new InvalidArgumentError(`${at}.value`, 'is required for an XmR measure.');
    if (chart === 't' && row.value != null) {
      throw new InvalidArgumentError(
        `${at}.value`,
        'must be left out for a T-chart measure: each row is an event date, and the days between events are counted from the dates.',
      );
    }
    if (chart === 't' && index > 0 && day <= (values[index - 1].periodStart ?? values[index - 1].eventDate)!) {
      throw new InvalidArgumentError(field, 'event dates must be in order, each after the one before.');
    }
    return { day, field, value: row.value ?? null, index };
  });
}

/**
 * A T chart's values are the days since the previous event, the first counted from the
 * project's start (docs/methods.md, "QI measures"). Given the event dates as they will be,
 * the changes to the stored values: new events, events gone, and gaps recounted.
 */
export function recountEvents(existing: readonly ValueRow[], events: readonly string[], startedOn: string, reason: string | null): ValueChange[] {
  const before = new Map(existing.map((row) => [row.period_start, row.value]));
  const sorted = [...new Set(events)].sort();
  const changes: ValueChange[] = [];
  sorted.forEach((day, i) => {
    const days = daysBetween(i === 0 ? startedOn : sorted[i - 1], day);
    const old = before.get(day) ?? null;
    if (old === days) return;
    changes.push({ periodStart: day, oldValue: old, newValue: days, reason: old === null ? null : 'Days since the previous event recounted.' });
  });
  const kept = new Set(sorted);
  for (const row of existing) if (!kept.has(row.period_start)) changes.push({ periodStart: row.period_start, oldValue: row.value, newValue: null, reason });
  return changes;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
