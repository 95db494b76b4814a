// The outcome instruments the hub records and their rules, as data: the one source
// (docs/methods.md, "Where the instrument rules live"). @hub/db writes it into the instrument tables that the
// rollups join, and the TypeScript rules read it, so adding an instrument is one entry here (in the order reports show them).
import { ACTIVITY_BAND_EDGES } from './activity.band.js';
import { SWEMWBS_METRIC_BY_RAW } from './swemwbs.table.js';

export type InstrumentCode =
  | 'swemwbs'
  | 'wemwbs'
  | 'gse'
  | 'activity'
  | 'gp_ae_visits'
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

/** Recorded scores are compared on another scale: SWEMWBS raw totals become Rasch metric scores. */
export interface ScoreConversion {
  scale: string;
  valueByScore: Readonly<Record<number, number>>;
}

export interface Instrument {
  code: InstrumentCode;
  name: string;
  /** What a recorded score is. SWEMWBS is stored as the raw total 7–35. */
  unit: string;
  min: number;
  /** Null for open-ended measures such as minutes or visit counts. */
  max: number | null;
  /** The largest score stored: the top of the scale, or for an open-ended measure a bound no real reading passes. */
  ceiling: number;
  wholeNumbers: boolean;
  items: ItemRange | null;
  conversion: ScoreConversion | null;
  higherIsBetter: boolean;
  improvementRule: string;
  /** Smallest individual change in the good direction that counts as meaningful, on the compared scale. */
  meaningfulChange: number | null;
  /** Band edges where moving up a band is the meaningful change instead (activity: 30 and 150 minutes). */
  meaningfulBands: readonly number[] | null;
  meaningfulRule: string | null;
  /** Judged on the recorded score at the later timepoint. */
  threshold: Threshold | null;
  /** Histogram edges on the compared scale; the last bin of an open-ended measure holds everything above it. */
  histogramEdges: readonly number[];
  /** The headline is the relative change of totals (visits fall, activity rises) rather than a mean change. */
  relativeChangeOfTotals: boolean;
}

type Scale = Pick<Instrument, 'min' | 'max' | 'ceiling' | 'wholeNumbers' | 'items' | 'conversion'>;
const itemScale = (count: number, min: number, max: number): Scale => ({
  min: count * min,
  max: count * max,
  ceiling: count * max,
  wholeNumbers: true,
  items: { count, min, max },
  conversion: null,
});
const open = (wholeNumbers: boolean, ceiling: number): Scale => ({ min: 0, max: null, ceiling, wholeNumbers, items: null, conversion: null });
const ons4Scale: Scale = { min: 0, max: 10, ceiling: 10, wholeNumbers: true, items: { count: 1, min: 0, max: 10 }, conversion: null };
const ons4Edges = [0, 2, 4, 6, 8, 10];
const noMeaningful = { meaningfulChange: null, meaningfulBands: null, meaningfulRule: null, threshold: null };
const changeOfMeans = { relativeChangeOfTotals: false };
const anyIncrease = { higherIsBetter: true, improvementRule: 'any increase' };
const anyDecrease = { higherIsBetter: false, improvementRule: 'any reduction' };

export const instruments: Readonly<Record<InstrumentCode, Instrument>> = {
  swemwbs: {
    code: 'swemwbs',
    name: 'Short Warwick-Edinburgh Mental Wellbeing Scale',
    unit: 'raw total (metric via Rasch table)',
    ...itemScale(7, 1, 5),
    conversion: { scale: 'metric score (Rasch table)', valueByScore: SWEMWBS_METRIC_BY_RAW },
    ...anyIncrease,
    meaningfulChange: 3,
    meaningfulBands: null,
    meaningfulRule: 'metric score rises by at least 3',
    threshold: null,
    histogramEdges: [7, 11, 15, 19, 23, 27, 31, 35],
    ...changeOfMeans,
  },
  wemwbs: {
    code: 'wemwbs',
    name: 'Warwick-Edinburgh Mental Wellbeing Scale',
    unit: 'total',
    ...itemScale(14, 1, 5),
    ...anyIncrease,
    meaningfulChange: 3,
    meaningfulBands: null,
    meaningfulRule: 'total rises by at least 3',
    threshold: null,
    histogramEdges: [14, 21, 28, 35, 42, 49, 56, 63, 70],
    ...changeOfMeans,
  },
  gse: {
    code: 'gse',
    name: 'General Self-Efficacy Scale',
    unit: 'total',
    ...itemScale(10, 1, 4),
    ...anyIncrease,
    ...noMeaningful,
    histogramEdges: [10, 15, 20, 25, 30, 35, 40],
    ...changeOfMeans,
  },
  activity: {
    code: 'activity',
    name: 'Physical activity',
    unit: 'moderate-equivalent minutes a week',
    // A week has 10,080 minutes.
    ...open(false, 10080),
    ...anyIncrease,
    meaningfulChange: null,
    meaningfulBands: ACTIVITY_BAND_EDGES,
    meaningfulRule: 'moves up an activity band',
    threshold: { value: 150, comparison: 'atLeast', label: 'active (150+ minutes a week)' },
    histogramEdges: [0, 30, 60, 90, 120, 150, 210, 300, 420, 600],
    relativeChangeOfTotals: true,
  },
  gp_ae_visits: {
    code: 'gp_ae_visits',
    name: 'GP and A&E visits',
    unit: 'visits in the previous 3 months',
    ...open(true, 200),
    ...anyDecrease,
    ...noMeaningful,
    histogramEdges: [0, 1, 2, 3, 4, 5, 6, 8, 10, 15],
    relativeChangeOfTotals: true,
  },
  fruit_veg: {
    code: 'fruit_veg',
    name: 'Fruit and vegetables',
    unit: 'portions a day',
    ...open(false, 30),
    ...anyIncrease,
    ...noMeaningful,
    threshold: { value: 5, comparison: 'atLeast', label: '5 a day' },
    histogramEdges: [0, 1, 2, 3, 4, 5, 6, 7, 8, 10],
    ...changeOfMeans,
  },
  ons4_life: {
    code: 'ons4_life',
    name: 'ONS4 life satisfaction',
    unit: 'score',
    ...ons4Scale,
    ...anyIncrease,
    ...noMeaningful,
    histogramEdges: ons4Edges,
    ...changeOfMeans,
  },
  ons4_worthwhile: {
    code: 'ons4_worthwhile',
    name: 'ONS4 worthwhile',
    unit: 'score',
    ...ons4Scale,
    ...anyIncrease,
    ...noMeaningful,
    histogramEdges: ons4Edges,
    ...changeOfMeans,
  },
  ons4_happy: {
    code: 'ons4_happy',
    name: 'ONS4 happiness',
    unit: 'score',
    ...ons4Scale,
    ...anyIncrease,
    ...noMeaningful,
    histogramEdges: ons4Edges,
    ...changeOfMeans,
  },
  ons4_anxiety: {
    code: 'ons4_anxiety',
    name: 'ONS4 anxiety',
    unit: 'score',
    ...ons4Scale,
    ...anyDecrease,
    ...noMeaningful,
    histogramEdges: ons4Edges,
    ...changeOfMeans,
  },
  phq9: {
    code: 'phq9',
    name: 'PHQ-9 depression',
    unit: 'total',
    ...itemScale(9, 0, 3),
    ...anyDecrease,
    meaningfulChange: 6,
    meaningfulBands: null,
    meaningfulRule: 'falls by at least 6 (reliable improvement)',
    threshold: null,
    // Edges on the severity bands: minimal, mild, moderate, moderately severe, severe.
    histogramEdges: [0, 5, 10, 15, 20, 27],
    ...changeOfMeans,
  },
  gad7: {
    code: 'gad7',
    name: 'GAD-7 anxiety',
    unit: 'total',
    ...itemScale(7, 0, 3),
    ...anyDecrease,
    meaningfulChange: 4,
    meaningfulBands: null,
    meaningfulRule: 'falls by at least 4 (reliable improvement)',
    threshold: null,
    histogramEdges: [0, 5, 10, 15, 21],
    ...changeOfMeans,
  },
  co_ppm: {
    code: 'co_ppm',
    name: 'Carbon monoxide reading',
    unit: 'parts per million',
    ...open(false, 200),
    ...anyDecrease,
    ...noMeaningful,
    threshold: { value: 10, comparison: 'below', label: 'CO-confirmed quit (under 10 ppm)' },
    histogramEdges: [0, 5, 10, 15, 20, 30, 50],
    ...changeOfMeans,
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

/** The value a score is compared on: the converted value where the instrument has a conversion table. */
export function comparedValue(code: InstrumentCode, score: number): number {
  assertScore(code, score);
  const { conversion } = getInstrument(code);
  return conversion ? conversion.valueByScore[score] : score;
}
