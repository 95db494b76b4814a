import { DATA_UNTIL, addMonths, dayOf, isoDay, weekday } from './calendar.util.js';
import { LOCKDOWN_FROM } from './demand.model.js';
import type { Random } from './random.js';
import { OUTREACH_STARTS_ON, outreachTemplates, type OutreachTemplate } from './reference/outreach.reference.js';
import { wards } from './reference/ward.reference.js';

/** Outreach events from mid-2019: a few a month, almost none while gatherings were not allowed. */
export interface OutreachEvent {
  id: number;
  day: number;
  title: string;
  kind: OutreachTemplate['kind'];
  wardCode: string;
  community: string;
  attendance: number;
}

const PAUSED_FROM = addMonths(LOCKDOWN_FROM, 0);
const GATHERINGS_RESUMED = dayOf('2021-07-19');

export function generateOutreachEvents(random: Random): OutreachEvent[] {
  const events: Omit<OutreachEvent, 'id'>[] = [];
  for (let month = dayOf(OUTREACH_STARTS_ON); month <= DATA_UNTIL; month = addMonths(month, 1)) {
    const paused = month >= PAUSED_FROM && month < GATHERINGS_RESUMED;
    const rate = paused ? 0.4 : month < PAUSED_FROM ? 3.5 : 5;
    for (let n = random.poisson(rate); n > 0; n--) events.push(outreachEvent(random, month));
  }
  events.sort((a, b) => a.day - b.day || a.title.localeCompare(b.title));
  return events.map((event, i) => ({ id: i + 1, ...event }));
}

function outreachEvent(random: Random, monthStart: number): Omit<OutreachEvent, 'id'> {
  const monthNumber = new Date(monthStart * 86_400_000).getUTCMonth() + 1;
  const weights = outreachTemplates.map((template) => (template.months.length === 0 || template.months.includes(monthNumber) ? template.weight : 0));
  const template = outreachTemplates[random.weightedIndex(weights)];
  const wardCode = random.pick(template.wardCodes);
  const wardName = wards.find((ward) => ward.code === wardCode)!.name;
  const day = eventDay(random, monthStart, template.kind);
  return {
    day,
    title: `${template.title}, ${wardName}`,
    kind: template.kind,
    wardCode,
    community: template.community,
    attendance: random.int(template.attendance[0], template.attendance[1]),
  };
}

/** Talks follow Friday prayers or Sunday services; festivals fall at weekends. */
function eventDay(random: Random, monthStart: number, kind: OutreachTemplate['kind']): number {
  const daysInMonth = addMonths(monthStart, 1) - monthStart;
  const wanted = kind === 'faith_talk' ? [5, 0] : kind === 'festival' ? [6, 0] : [1, 2, 3, 4, 6];
  for (let attempt = 0; attempt < 20; attempt++) {
    const day = monthStart + random.int(0, daysInMonth - 1);
    if (wanted.includes(weekday(day)) && day <= DATA_UNTIL) return day;
  }
  return Math.min(monthStart, DATA_UNTIL);
}

export function outreachRows(events: readonly OutreachEvent[]): Record<string, unknown>[] {
  return events.map((event) => ({
    id: event.id,
    held_on: isoDay(event.day),
    title: event.title,
    kind: event.kind,
    ward_code: event.wardCode,
    community: event.community,
    attendance: event.attendance,
  }));
}

/** Finds the outreach contact a referral most plausibly came from. */
export class OutreachIndex {
  private readonly byWard = new Map<string, OutreachEvent[]>();

  constructor(private readonly events: readonly OutreachEvent[]) {
    for (const event of events) this.byWard.set(event.wardCode, [...(this.byWard.get(event.wardCode) ?? []), event]);
  }

  /** The latest event in the ward within 90 days before `day`, else any event in the last 45 days. */
  recent(wardCode: string, day: number): OutreachEvent | null {
    return latestBefore(this.byWard.get(wardCode) ?? [], day, 90) ?? latestBefore(this.events, day, 45);
  }
}

function latestBefore(events: readonly OutreachEvent[], day: number, window: number): OutreachEvent | null {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (events[middle].day <= day) low = middle + 1;
    else high = middle;
  }
  const candidate = low > 0 ? events[low - 1] : null;
  return candidate && day - candidate.day <= window ? candidate : null;
}
