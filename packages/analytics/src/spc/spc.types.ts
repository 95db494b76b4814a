// Shapes shared by the Making Data Count charts (docs/methods.md, "SPC (Making Data Count)").

export type SpcDirection = 'increase' | 'decrease' | 'neither';
export type SpcRule = 'singlePoint' | 'shift' | 'trend' | 'twoInThree';
export type SpecialCause = 'improvement' | 'concern' | 'neither';
export type Variation = 'commonCause' | 'improvementHigh' | 'improvementLow' | 'concernHigh' | 'concernLow' | 'neitherHigh' | 'neitherLow';
export type Assurance = 'pass' | 'hitOrMiss' | 'fail';

export interface SpcOptions {
  /** Which way is good. Default 'neither'. */
  direction?: SpcDirection;
  target?: number;
  /** Indexes where a new period of limits starts. */
  rebaseAt?: number[];
  /** Indexes shown on the chart but left out of every calculation. */
  ghosted?: number[];
  /** XmR shift length, 6–8 (older tools use 7). Default 6. Run charts always use 6. */
  shiftLength?: number;
  /** XmR trend length counting both end points, 6–8. Default 6. Run charts always use 5. */
  trendLength?: number;
  /** Drop moving ranges ≥ 3.267 × mean(MR) and recompute mean(MR). Default false. */
  screenOutliers?: boolean;
  /** Which reading wins when a point triggers both kinds of rule. Default 'improvement', as the MDC tool. */
  conflictRule?: 'improvement' | 'concern';
}

export interface SpcPoint {
  value: number | null;
  /** Centre line: the mean on an XmR chart, the median on a run chart. */
  mean: number | null;
  upperLimit: number | null;
  lowerLimit: number | null;
  upperTwoSigma: number | null;
  lowerTwoSigma: number | null;
  specialCause: SpecialCause | null;
  /** The point triggers both an improvement and a concern rule; specialCause follows the conflict rule. */
  conflict: boolean;
  rules: SpcRule[];
}

export interface SpcChart {
  kind: 'xmr' | 'run';
  points: SpcPoint[];
  /** From the last usable point; null on a run chart, which has too few points for icons (as MDC). */
  variation: Variation | null;
  assurance: Assurance | null;
}

/** Which side of the centre (or which way) a signal points. */
export type Side = 'high' | 'low';

export interface Signal {
  rule: SpcRule;
  side: Side;
}

/** The lines of one period of the chart; null where they cannot be computed. */
export interface SegmentLines {
  centre: number | null;
  upperLimit: number | null;
  lowerLimit: number | null;
  upperTwoSigma: number | null;
  lowerTwoSigma: number | null;
}
