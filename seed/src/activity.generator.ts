import { ReferralCalendar } from './demand.model.js';
import { effectsByYear } from './outcome-effect.model.js';
import { OutreachIndex, type OutreachEvent } from './outreach.generator.js';
import { PersonFactory } from './person.generator.js';
import { Random } from './random.js';
import { ReferralWriter } from './referral.generator.js';
import { SYNTHETIC_NHS_CAPACITY } from './nhs-number.generator.js';

/** COPY rows for the five big tables, made for one slice of referrals. */
export interface ActivitySlice {
  referrals: number;
  person: string[];
  referral: string[];
  referral_status_event: string[];
  attendance: string[];
  outcome_measurement: string[];
}

export interface ActivityOptions {
  referrals: number;
  seed: number;
  pseudonymKey: string;
  outreach: readonly OutreachEvent[];
}

/** Some people are referred again later; more so in a very large town, to stay inside the 999 range. */
function repeatChance(referrals: number): number {
  const perPerson = Math.max(1.25, referrals / (SYNTHETIC_NHS_CAPACITY * 0.95));
  return 1 - 1 / perPerson;
}

/**
 * People and their referrals, generated person by person from one random stream so that a
 * seed and a size give the same rows however they are sliced. Each slice holds at least
 * `sliceSize` referrals (or what is left), so memory stays flat at any size.
 */
export function* generateActivity(options: ActivityOptions, sliceSize = 2_000): Generator<ActivitySlice> {
  const root = new Random(options.seed);
  const random = root.fork('activity');
  const people = new PersonFactory(random, options.pseudonymKey);
  const referrals = new ReferralWriter(random, new OutreachIndex(options.outreach), effectsByYear(root.fork('effects')));
  const calendar = new ReferralCalendar();
  const repeat = repeatChance(options.referrals);
  let persons: string[] = [];
  let sliceStart = 0;
  while (referrals.written < options.referrals) {
    let received = calendar.draw(random)!;
    const person = people.create(received);
    referrals.write(person, received);
    while (referrals.written < options.referrals && random.chance(repeat)) {
      // A repeat referral follows the town's demand like any other; forcing it into the days left
      // after the first one would pile repeats into the last months of the data.
      const next = calendar.draw(random);
      if (next === null || next < received + 60) break;
      received = next;
      referrals.write(person, received);
    }
    persons.push(people.row(person));
    if (referrals.written - sliceStart >= sliceSize || referrals.written >= options.referrals) {
      yield { referrals: referrals.written - sliceStart, person: persons, ...referrals.drain(), outcome_measurement: referrals.outcomes.drain() };
      persons = [];
      sliceStart = referrals.written;
    }
  }
}
