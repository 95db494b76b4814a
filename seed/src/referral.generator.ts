import { DATA_UNTIL, FIRST_YEAR, dayOf, financialYear, isoDay } from './calendar.util.js';
import { attendanceRows } from './attendance.generator.js';
import { referralConditions } from './condition.model.js';
import { conditionArray, copyText, NULL } from './copy-text.util.js';
import { outreachReach } from './demand.model.js';
import { walkFunnel, type FunnelPath } from './funnel.model.js';
import type { OutcomeEffects } from './outcome-effect.model.js';
import { OutcomeWriter } from './outcome.generator.js';
import type { OutreachIndex } from './outreach.generator.js';
import type { Person } from './person.generator.js';
import { cumulative, type Random } from './random.js';
import { ageBandMin } from './reference/population.reference.js';
import { programmes, venues, type ProgrammeReference } from './reference/programme.reference.js';

const SOURCES = ['gp', 'hospital', 'community', 'social_care', 'self', 'other'] as const;
const FALLS_OPENED = dayOf(programmes.find((programme) => programme.code === 'falls-strength-balance')!.openedOn);

export interface ReferralRows {
  referral: string[];
  referral_status_event: string[];
  attendance: string[];
}

/** Turns a person's referral on a day into rows for referral, status events, attendance and outcomes. */
export class ReferralWriter {
  private nextId = 1;
  private rows: ReferralRows = { referral: [], referral_status_event: [], attendance: [] };
  private readonly programmeTotals = new Map<number, Float64Array>();
  private readonly sourceTotals = programmes.map((programme) => cumulative(programme.sourceWeights));
  private readonly reasons = programmes.map((programme) => programme.reasons.map(copyText));
  readonly outcomes: OutcomeWriter;

  constructor(
    private readonly random: Random,
    private readonly outreach: OutreachIndex,
    private readonly effects: Map<number, OutcomeEffects>,
  ) {
    this.outcomes = new OutcomeWriter(random);
  }

  get written(): number {
    return this.nextId - 1;
  }

  drain(): ReferralRows {
    const rows = this.rows;
    this.rows = { referral: [], referral_status_event: [], attendance: [] };
    return rows;
  }

  write(person: Person, received: number): void {
    const random = this.random;
    const id = this.nextId++;
    const band = ageBandAt(person, received);
    const programmeIndex = random.fromCumulative(this.programmeChoice(band, received));
    const programme = programmes[programmeIndex];
    const conditions = referralConditions(random, programme, received, band);
    person.conditions |= conditions;
    const event = person.minority && random.chance(outreachReach(received)) ? this.outreach.recent(person.wardCode, received) : null;
    const source = event ? (random.chance(0.6) ? 'community' : 'self') : SOURCES[random.fromCumulative(this.sourceTotals[programmeIndex])];
    const path = walkFunnel(random, programme, received, person.minority);
    const reason = random.pick(this.reasons[programmeIndex]);
    this.rows.referral.push(
      `${id}\t${person.id}\t${programme.id}\t${source}\t${event ? event.id : NULL}\t${isoDay(received)}\t${reason}\t${conditionArray(conditions)}\t${path.status}\t${day(path.assessed)}\t${day(path.started)}\t${day(path.ended)}\n`,
    );
    this.statusEvents(id, received, path);
    if (path.started === null) return;
    attendanceRows(random, this.rows.attendance, id, programme, path, this.venueFor(programme, person.wardCode));
    const year = financialYear(received);
    const days = this.measurementDays(path);
    this.outcomes.write(id, programme.outcomes, days, this.effects.get(year)!, year === FIRST_YEAR && days.end !== null);
  }

  private statusEvents(id: number, received: number, path: FunnelPath): void {
    const events = this.rows.referral_status_event;
    events.push(`${id}\treceived\t${isoDay(received)}\n`);
    if (path.assessed !== null) events.push(`${id}\tassessed\t${isoDay(path.assessed)}\n`);
    if (path.started !== null) events.push(`${id}\tstarted\t${isoDay(path.started)}\n`);
    if (path.ended !== null) events.push(`${id}\t${path.status}\t${isoDay(path.ended)}\n`);
  }

  /** Most completers fill in end measures; some are followed up six months later. */
  private measurementDays(path: FunnelPath): { baseline: number; end: number | null; followUp: number | null } {
    const random = this.random;
    const end = path.status === 'completed' && random.chance(0.9) ? path.ended : null;
    const followUp = end !== null && random.chance(0.4) ? end + 175 + random.int(0, 21) : null;
    return { baseline: path.started!, end, followUp: followUp !== null && followUp <= DATA_UNTIL ? followUp : null };
  }

  /** Programmes suit different ages; the falls programme exists only from summer 2023. */
  private programmeChoice(band: number, received: number): Float64Array {
    const key = band * 2 + (received >= FALLS_OPENED ? 1 : 0);
    let totals = this.programmeTotals.get(key);
    if (!totals) {
      const open = (programme: ProgrammeReference): boolean => received >= dayOf(programme.openedOn);
      totals = cumulative(programmes.map((programme) => (open(programme) ? programme.popularity * programme.ageAffinity[band] : 0)));
      this.programmeTotals.set(key, totals);
    }
    return totals;
  }

  /** Half the time the venue in the person's own ward, where the programme runs there. */
  private venueFor(programme: ProgrammeReference, wardCode: string): number {
    const local = programme.venueIds.find((id) => venues[id - 1].wardCode === wardCode);
    return local !== undefined && this.random.chance(0.5) ? local : this.random.pick(programme.venueIds);
  }
}

function day(value: number | null): string {
  return value === null ? NULL : isoDay(value);
}

function ageBandAt(person: Person, received: number): number {
  const age = new Date(received * 86_400_000).getUTCFullYear() - person.birthYear;
  let band = 0;
  while (band < ageBandMin.length - 1 && age >= ageBandMin[band + 1]) band++;
  return band;
}
