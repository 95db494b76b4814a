import { dayOf } from './calendar.util.js';
import { conditionBit, type Condition } from './copy-text.util.js';
import type { Random } from './random.js';
import { NEUROLOGICAL_ACCEPTED_FROM, type ProgrammeReference } from './reference/programme.reference.js';

/**
 * Long-term conditions on a referral. The LTC team takes people with at least one of cancer,
 * stroke, mental health, cardiovascular, neurological or respiratory conditions, most with
 * others too; neurological conditions only once the team began accepting them.
 */
const NEUROLOGICAL_FROM = dayOf(NEUROLOGICAL_ACCEPTED_FROM);
const LTC_PRIMARY: readonly [Condition, number][] = [
  ['cardiovascular', 26],
  ['respiratory', 20],
  ['cancer', 17],
  ['mental_health', 14],
  ['stroke', 12],
  ['neurological', 11],
];
const COMORBIDITY: readonly [Condition, number][] = [
  ['diabetes', 0.3],
  ['msk', 0.35],
  ['mental_health', 0.2],
  ['cardiovascular', 0.18],
  ['respiratory', 0.1],
];
const FALLS: readonly [Condition, number][] = [
  ['msk', 0.55],
  ['cardiovascular', 0.35],
  ['diabetes', 0.25],
  ['neurological', 0.15],
  ['stroke', 0.12],
];

export function referralConditions(random: Random, programme: ProgrammeReference, day: number, ageBand: number): number {
  if (programme.code === 'ltc-exercise-rehab') return ltcConditions(random, day);
  if (programme.code === 'falls-strength-balance') return draws(random, FALLS, 1);
  if (programme.outcomes === 'talking') return conditionBit('mental_health') | draws(random, COMORBIDITY, 0.3);
  // Everyone else may live with a condition too, more often with age.
  return draws(random, COMORBIDITY, 0.15 + 0.1 * Math.max(0, ageBand - 3));
}

function ltcConditions(random: Random, day: number): number {
  const allowed = day >= NEUROLOGICAL_FROM ? LTC_PRIMARY : LTC_PRIMARY.filter(([condition]) => condition !== 'neurological');
  const primary = allowed[random.weightedIndex(allowed.map(([, weight]) => weight))][0];
  return conditionBit(primary) | draws(random, COMORBIDITY, 1);
}

function draws(random: Random, table: readonly [Condition, number][], scale: number): number {
  let mask = 0;
  for (const [condition, probability] of table) if (random.chance(probability * scale)) mask |= conditionBit(condition);
  return mask;
}
