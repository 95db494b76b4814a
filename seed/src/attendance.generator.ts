import { DATA_UNTIL, isoDay } from './calendar.util.js';
import type { FunnelPath } from './funnel.model.js';
import type { Random } from './random.js';
import type { ProgrammeReference } from './reference/programme.reference.js';

/**
 * One row per planned session from the start until the programme ended, the person dropped
 * out, or the data ends. People who drop out tend to miss the sessions before they stop.
 */
export function attendanceRows(random: Random, rows: string[], referralId: number, programme: ProgrammeReference, path: FunnelPath, venueId: number): void {
  const started = path.started!;
  const last = Math.min(path.ended ?? path.plannedEnd ?? DATA_UNTIL, DATA_UNTIL);
  const dropped = path.status === 'dropped_out';
  const likelihood = random.uniform(0.7, 0.97);
  const perWeek = programme.sessionsPerWeek;
  const total = programme.durationWeeks * perWeek;
  const sessions: number[] = [];
  for (let i = 0; i < total; i++) {
    const day = started + 7 * Math.floor(i / perWeek) + (i % perWeek) * 3;
    if (day > last) break;
    sessions.push(day);
  }
  sessions.forEach((day, i) => {
    const fading = dropped && i >= sessions.length - 2;
    const attended = i === 0 || (!fading && random.next() < (dropped ? 0.6 : likelihood));
    rows.push(`${referralId}\t${isoDay(day)}\t${venueId}\t${attended ? 't' : 'f'}\n`);
  });
}
