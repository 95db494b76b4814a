// The uptake comparison run down the referral funnel (docs/methods.md, "Uptake gaps"): does each
// group start and complete as often as the service overall?
import { assertCount } from '../common/input.guard.js';
import type { Interval } from '../interval/interval.types.js';
import { wilsonInterval } from '../interval/wilson.interval.js';
import { compareToBenchmark, type BenchmarkWord } from './benchmark.compare.js';

export interface FunnelCounts {
  group: string;
  referrals: number;
  started: number;
  completed: number;
}

export interface FunnelGroup extends FunnelCounts {
  /** started / referrals. */
  startRate: Interval | null;
  /** completed / started: completion among those who began. */
  completionRate: Interval | null;
  startComparison: BenchmarkWord | null;
  completionComparison: BenchmarkWord | null;
}

export interface FunnelOverall {
  referrals: number;
  started: number;
  completed: number;
  startRate: Interval | null;
  completionRate: Interval | null;
}

export interface FunnelComparison {
  overall: FunnelOverall;
  groups: FunnelGroup[];
}

/** Each group against the overall rates; higher is better, so words are better/worse/similar. */
export function funnelComparison(rows: readonly FunnelCounts[], confidence = 0.95): FunnelComparison {
  rows.forEach(checkFunnel);
  const total = (key: 'referrals' | 'started' | 'completed') => rows.reduce((sum, row) => sum + row[key], 0);
  const [referrals, started, completed] = [total('referrals'), total('started'), total('completed')];
  const overall = {
    referrals,
    started,
    completed,
    startRate: wilsonInterval(started, referrals, confidence),
    completionRate: wilsonInterval(completed, started, confidence),
  };
  const groups = rows.map((row): FunnelGroup => {
    const startRate = wilsonInterval(row.started, row.referrals, confidence);
    const completionRate = wilsonInterval(row.completed, row.started, confidence);
    return {
      ...row,
      startRate,
      completionRate,
      startComparison: overall.startRate ? compareToBenchmark(startRate, overall.startRate.estimate, 'higher') : null,
      completionComparison: overall.completionRate ? compareToBenchmark(completionRate, overall.completionRate.estimate, 'higher') : null,
    };
  });
  return { overall, groups };
}

function checkFunnel({ group, referrals, started, completed }: FunnelCounts): void {
  assertCount(referrals, `${group} referrals`);
  assertCount(started, `${group} started`);
  assertCount(completed, `${group} completed`);
  if (started > referrals || completed > started) {
    throw new RangeError(`${group}: the funnel must narrow (referrals ≥ started ≥ completed)`);
  }
}
