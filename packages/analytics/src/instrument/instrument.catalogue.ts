// The outcome instruments the hub records, as data (docs/methods.md, "Outcome instruments and scoring"). The dashboard
// reads names, ranges and rules from here rather than repeating them.

export type InstrumentCode =
  | 'swemwbs'
  | 'wemwbs'
  | 'activity'
  | 'gp_ae_visits'
  | 'gse'
  | 'fruit_veg'
  | 'ons4_life'
  | 'ons4_worthwhile'
  | 'ons4_happy'
  | 'ons4_anxiety'
  | 'phq9'
  | 'gad7'
  | 'co_ppm';

export interface ItemRange {
  count: number;
  min: number;
  max: number;
}

/** "At least 5" (5 a day) or "below 10" (CO-confirmed quit). */
export interface Threshold {
  value: number;
  comparison: 'atLeast' | 'below';
  label: string;
}

export interface Instrument {
  code: InstrumentCode;
  name: string;
  /** What a recorded score is. SWEMWBS is stored as the raw total 7–35. */
  unit: string;
  min: number;
  /** Null for open-ended measures such as minutes or visit counts. */
  max: number | null;
  wholeNumbers: boolean;
  items: ItemRange | null;
  higherIsBetter: boolean;
  improvementRule: string;
  /** Smallest individual change that counts as meaningful, on the scale named in meaningfulRule. */
  meaningfulChange: number | null;
  meaningfulRule: string | null;
  threshold: Threshold | null;
}

type Scale = Pick<Instrument, 'min' | 'max' | 'wholeNumbers' | 'items'>;
const itemScale = (count: number, min: number, max: number): Scale => ({
  min: count * min,
  max: count * max,
  wholeNumbers: true,
  items: { count, min, max },
});
const open = (wholeNumbers: boolean): Scale => ({ min: 0, max: null, wholeNumbers, items: null });
const ons4Scale: Scale = { min: 0, max: 10, wholeNumbers: true, items: { count: 1, min: 0, max: 10 } };
const noMeaningful = { meaningfulChange: null, meaningfulRule: null, threshold: null };
const anyIncrease = { higherIsBetter: true, improvementRule: 'any increase' };
const anyDecrease = { higherIsBetter: false, improvementRule: 'any reduction' };

export const instruments: Readonly<Record<InstrumentCode, Instrument>> = {
  swemwbs: {
    code: 'swemwbs',
    name: 'Short Warwick-Edinburgh Mental Wellbeing Scale',
    unit: 'raw total (metric via Rasch table)',
    ...itemScale(7, 1, 5),
    ...anyIncrease,
    meaningfulChange: 3,
    meaningfulRule: 'metric score rises by at least 3',
    threshold: null,
  },
  wemwbs: {
    code: 'wemwbs',
    name: 'Warwick-Edinburgh Mental Wellbeing Scale',
    unit: 'total',
    ...itemScale(14, 1, 5),
    ...anyIncrease,
    meaningfulChange: 3,
    meaningfulRule: 'total rises by at least 3',
    threshold: null,
  },
  activity: {
    code: 'activity',
    name: 'Physical activity',
    unit: 'moderate-equivalent minutes a week',
    ...open(false),
    ...anyIncrease,
    meaningfulChange: null,
    meaningfulRule: 'moves up an activity band',
    threshold: { value: 150, comparison: 'atLeast', label: 'active (150+ minutes a week)' },
  },
  gp_ae_visits: {
    code: 'gp_ae_visits',
    name: 'GP and A&E visits',
    unit: 'visits in the previous 3 months',
    ...open(true),
    ...anyDecrease,
    ...noMeaningful,
  },
  gse: {
    code: 'gse',
    name: 'General Self-Efficacy Scale',
    unit: 'total',
    ...itemScale(10, 1, 4),
    ...anyIncrease,
    ...noMeaningful,
  },
  fruit_veg: {
    code: 'fruit_veg',
    name: 'Fruit and vegetables',
    unit: 'portions a day',
    ...open(false),
    ...anyIncrease,
    meaningfulChange: null,
    meaningfulRule: null,
    threshold: { value: 5, comparison: 'atLeast', label: '5 a day' },
  },
  ons4_life: {
    code: 'ons4_life',
    name: 'ONS4 life satisfaction',
    unit: 'score',
    ...ons4Scale,
    ...anyIncrease,
    ...noMeaningful,
  },
  ons4_worthwhile: {
    code: 'ons4_worthwhile',
    name: 'ONS4 worthwhile',
    unit: 'score',
    ...ons4Scale,
    ...anyIncrease,
    ...noMeaningful,
  },
  ons4_happy: {
    code: 'ons4_happy',
    name: 'ONS4 happiness',
    unit: 'score',
    ...ons4Scale,
    ...anyIncrease,
    ...noMeaningful,
  },
  ons4_anxiety: {
    code: 'ons4_anxiety',
    name: 'ONS4 anxiety',
    unit: 'score',
    ...ons4Scale,
    ...anyDecrease,
    ...noMeaningful,
  },
  phq9: {
    code: 'phq9',
    name: 'PHQ-9 depression',
    unit: 'total',
    ...itemScale(9, 0, 3),
    ...anyDecrease,
    meaningfulChange: 6,
    meaningfulRule: 'falls by at least 6 (reliable improvement)',
    threshold: null,
  },
  gad7: {
    code: 'gad7',
    name: 'GAD-7 anxiety',
    unit: 'total',
    ...itemScale(7, 0, 3),
    ...anyDecrease,
    meaningfulChange: 4,
    meaningfulRule: 'falls by at least 4 (reliable improvement)',
    threshold: null,
  },
  co_ppm: {
    code: 'co_ppm',
    name: 'Carbon monoxide reading',
    unit: 'parts per million',
    ...open(false),
    ...anyDecrease,
    meaningfulChange: null,
    meaningfulRule: null,
    threshold: { value: 10, comparison: 'below', label: 'CO-confirmed quit (under 10 ppm)' },
  },
};

export const INSTRUMENT_CODES = Object.keys(instruments) as InstrumentCode[];

export function getInstrument(code: InstrumentCode): Instrument {
  const instrument = (instruments as Record<string, Instrument | undefined>)[code];
  if (!instrument) throw new RangeError(`unknown instrument code: ${String(code)}`);
  return instrument;
}

/** RangeError unless the score is possible on the instrument's scale. */
export function assertScore(code: InstrumentCode, score: number): void {
  const { min, max, wholeNumbers, name } = getInstrument(code);
  const inRange = Number.isFinite(score) && score >= min && (max === null || score <= max);
  if (inRange && (!wholeNumbers || Number.isInteger(score))) return;
  const range = max === null ? `${min} or more` : `${min} to ${max}`;
  const kind = wholeNumbers ? 'whole numbers ' : '';
  throw new RangeError(`${name} scores must be ${kind}${range}, got ${score}`);
}
