import { addMonths, dayOf, isoDay } from '../calendar.util.js';

/**
 * The contract's KPI schedule. Targets are set for every quarter of the term including the
 * extension. Count targets are written for the default town of 25,000 referrals and scaled
 * with the size knob, so a bigger or smaller town still has meaningful RAG ratings.
 */
export interface KpiReference {
  id: number;
  code: string;
  name: string;
  description: string;
  metric:
    'referrals' | 'starts' | 'completion_rate' | 'wellbeing_improved_rate' | 'activity_improved_rate' | 'bame_referral_share' | 'median_wait_days' | 'reported';
  unit: 'count' | 'percent' | 'days';
  direction: 'higher' | 'lower';
  tolerance: number;
  /** Target in the first quarter and from the second contract year on. */
  firstYearTarget: number;
  laterTarget: number;
  scalesWithSize: boolean;
}

export const kpis: readonly KpiReference[] = [
  {
    id: 1,
    code: 'referrals',
    name: 'Referrals received',
    description: 'Referrals received through the single point of access in the quarter.',
    metric: 'referrals',
    unit: 'count',
    direction: 'higher',
    tolerance: 10,
    firstYearTarget: 450,
    laterTarget: 850,
    scalesWithSize: true,
  },
  {
    id: 2,
    code: 'starts',
    name: 'Programme starts',
    description: 'Referrals that started a programme in the quarter.',
    metric: 'starts',
    unit: 'count',
    direction: 'higher',
    tolerance: 10,
    firstYearTarget: 300,
    laterTarget: 560,
    scalesWithSize: true,
  },
  {
    id: 3,
    code: 'completion-rate',
    name: 'Completion rate',
    description: 'Completed as a share of starters who ended in the quarter.',
    metric: 'completion_rate',
    unit: 'percent',
    direction: 'higher',
    tolerance: 5,
    firstYearTarget: 70,
    laterTarget: 70,
    scalesWithSize: false,
  },
  {
    id: 4,
    code: 'wellbeing-improved',
    name: 'Wellbeing improved',
    description: 'Completers whose SWEMWBS score rose between baseline and end (paired).',
    metric: 'wellbeing_improved_rate',
    unit: 'percent',
    direction: 'higher',
    tolerance: 5,
    firstYearTarget: 80,
    laterTarget: 85,
    scalesWithSize: false,
  },
  {
    id: 5,
    code: 'activity-improved',
    name: 'Physical activity improved',
    description: 'Completers whose weekly active minutes rose between baseline and end (paired).',
    metric: 'activity_improved_rate',
    unit: 'percent',
    direction: 'higher',
    tolerance: 5,
    firstYearTarget: 75,
    laterTarget: 80,
    scalesWithSize: false,
  },
  {
    id: 6,
    code: 'bame-share',
    name: 'Black, Asian and minority-ethnic referrals',
    description: 'Share of referrals from Black, Asian, Mixed and other ethnic groups.',
    metric: 'bame_referral_share',
    unit: 'percent',
    direction: 'higher',
    tolerance: 3,
    firstYearTarget: 35,
    laterTarget: 45,
    scalesWithSize: false,
  },
  {
    id: 7,
    code: 'median-wait',
    name: 'Median wait to start',
    description: 'Median days from referral received to programme start, for starts in the quarter.',
    metric: 'median_wait_days',
    unit: 'days',
    direction: 'lower',
    tolerance: 3,
    firstYearTarget: 28,
    laterTarget: 28,
    scalesWithSize: false,
  },
  {
    id: 8,
    code: 'satisfaction',
    name: 'Service-user satisfaction',
    description: 'Share of feedback forms rating the service good or very good, reported by the provider.',
    metric: 'reported',
    unit: 'percent',
    direction: 'higher',
    tolerance: 5,
    firstYearTarget: 90,
    laterTarget: 90,
    scalesWithSize: false,
  },
];

/** The first day of every quarter from April 2018 to January 2025. */
export const kpiQuarters: readonly string[] = Array.from({ length: 28 }, (_, q) => isoDay(addMonths(dayOf('2018-04-01'), q * 3)));

export interface KpiTargetRow {
  kpiId: number;
  periodStart: string;
  target: number;
}

/** Targets ramp from the first-year level to the later level over the second year. */
export function kpiTargets(referrals: number): KpiTargetRow[] {
  const scale = referrals / 25_000;
  return kpis.flatMap((kpi) =>
    kpiQuarters.map((periodStart, q) => {
      const ramp = Math.min(1, Math.max(0, (q - 3) / 4));
      const target = kpi.firstYearTarget + (kpi.laterTarget - kpi.firstYearTarget) * ramp;
      const scaled = kpi.scalesWithSize ? Math.max(1, Math.round(target * scale)) : Math.round(target * 10) / 10;
      return { kpiId: kpi.id, periodStart, target: scaled };
    }),
  );
}
