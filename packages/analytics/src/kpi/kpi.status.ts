// RAG status of a contract KPI against its target (docs/methods.md, "Contract KPIs and RAG").
import { assertFinite, assertNonNegative } from '../common/input.guard.js';

export type Rag = 'green' | 'amber' | 'red';

export interface KpiStatusInput {
  actual: number | null | undefined;
  target: number | null | undefined;
  /** Which way is better. */
  direction: 'higher' | 'lower';
  /**
   * An absolute amount on the KPI's own scale (5 means 5 percentage points
   * for a percentage KPI), not a fraction of the target, because contract
   * schedules state tolerance bands as "within 5 of target". Default 0.
   */
  tolerance?: number;
}

export interface KpiStatus {
  rag: Rag | null;
  reason: string;
}

/**
 * Green when the target is met (equal counts as met), amber when short of it
 * by no more than the tolerance, red otherwise.
 */
export function kpiStatus({ actual, target, direction, tolerance = 0 }: KpiStatusInput): KpiStatus {
  if (actual === null || actual === undefined) return { rag: null, reason: 'no actual value for the period' };
  if (target === null || target === undefined) return { rag: null, reason: 'no target set' };
  assertFinite(actual, 'actual');
  assertFinite(target, 'target');
  assertNonNegative(tolerance, 'tolerance');
  const shortfall = direction === 'higher' ? target - actual : actual - target;
  if (shortfall <= 0) return { rag: 'green', reason: 'meets target' };
  const gap = `short of target by ${shortfall}`;
  if (shortfall <= tolerance) return { rag: 'amber', reason: `${gap}, within tolerance ${tolerance}` };
  return { rag: 'red', reason: `${gap}, beyond tolerance ${tolerance}` };
}
