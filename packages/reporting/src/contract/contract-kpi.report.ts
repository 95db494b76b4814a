// Contract KPIs (docs/methods.md, "Contract KPIs and RAG"): each KPI's actual per period across the term and extension,
// against its target, with a RAG status and the SPC assurance of the actuals.
import { kpiStatus, xmrChart, type Assurance, type Rag, type SpcPoint, type Variation } from '@hub/analytics';
import { EXACT_DISCLOSURE, resolvePolicy, type DisclosurePolicy } from '../disclosure/disclosure.policy.js';
import { checkPattern } from '../input/input.validate.js';
import { ReportingNotFoundError } from '../input/reporting.errors.js';
import { checkChartOptions, markedPoints, placeSuggestion, type ChartOptions, type PlacedSuggestion } from '../spc/spc-chart.options.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { dayBefore, periodThresholds, type KpiPeriodKind } from './contract.periods.js';
import type { RollupRoute } from '../rollup/monthly-slice.js';
import { loadContract, loadKpiMetrics, loadKpiMetricsFromMonths, type ContractBundle, type KpiMetricRow, type KpiRecord } from './contract.repository.js';
import { KPI_METRICS, REPORTED_DEFINITION, type KpiActual } from './kpi.metrics.js';

export interface KpiPeriod extends KpiActual {
  periodStart: string;
  periodEnd: string;
  /** The target in force: the latest set on or before the period's start. */
  target: number | null;
  /** Judged on the exact actual, whatever the policy: a contract judgement (docs/methods.md). */
  rag: Rag | null;
  ragReason: string;
  /** Set when the published actual, read against the target, would give another RAG status. */
  ragNote: string | null;
  spc: KpiSpcPoint;
}

interface KpiSpcPoint extends SpcPoint {
  ghosted: boolean;
  rebase: boolean;
}

export interface KpiChart {
  /** Variation and assurance of the actuals, against `target`. */
  chart: { kind: 'xmr' | 'run'; variation: Variation | null; assurance: Assurance | null; target: number | null; suggestedRebase: PlacedSuggestion | null };
  points: KpiSpcPoint[];
}

export interface KpiReport {
  kpi: Omit<KpiRecord, 'targets' | 'reported'>;
  definition: string;
  periods: KpiPeriod[];
  /** Variation and assurance of the actuals, against the latest target. */
  chart: KpiChart['chart'];
}

export interface ContractKpiReport {
  contract: Omit<ContractBundle, 'kpis'>;
  kpis: KpiReport[];
}

export async function contractKpis(
  runner: SqlRunner,
  contractCode: string,
  policy?: DisclosurePolicy,
  route: RollupRoute = 'auto',
): Promise<ContractKpiReport> {
  const code = checkPattern(contractCode, /^[a-z0-9-]{2,40}$/, 'contractCode');
  const disclosure = resolvePolicy(policy);
  const bundle = await loadContract(runner, code);
  if (bundle === null) throw new ReportingNotFoundError('contract', code);
  const lastDay = bundle.extensionEndsOn ?? bundle.endsOn;
  const kinds = [...new Set(bundle.kpis.map((kpi) => kpi.period))];
  const thresholdsByKind = new Map(kinds.map((kind) => [kind, periodThresholds(bundle.startsOn, lastDay, kind)]));
  const metrics = new Map<KpiPeriodKind, KpiMetricRow[]>();
  for (const kind of kinds) {
    // One statement per period length the schedule uses; usually just quarters. Periods that
    // start on the first of a month are summed from the monthly summaries.
    const thresholds = thresholdsByKind.get(kind) as string[];
    const fromMonths = route === 'auto' && thresholds.every((day) => day.endsWith('-01'));
    metrics.set(kind, await (fromMonths ? loadKpiMetricsFromMonths : loadKpiMetrics)(runner, thresholds));
  }
  const { kpis, ...contract } = bundle;
  return {
    contract,
    kpis: kpis.map((kpi) => kpiReport(kpi, thresholdsByKind.get(kpi.period) as string[], metrics.get(kpi.period) ?? [], bundle.dataUntil, disclosure)),
  };
}

function kpiReport(kpi: KpiRecord, thresholds: string[], rows: KpiMetricRow[], dataUntil: string | null, policy: DisclosurePolicy): KpiReport {
  const { targets, reported, ...record } = kpi;
  const periods = thresholds.slice(0, -1).map((periodStart, i) => {
    const actual = periodActual(kpi, periodStart, rows[i], dataUntil, policy);
    const target = targetFor(targets, periodStart);
    const exact = policy.suppressSmallCounts ? periodActual(kpi, periodStart, rows[i], dataUntil, EXACT_DISCLOSURE) : actual;
    return { periodStart, periodEnd: dayBefore(thresholds[i + 1]), ...actual, target, ...judge(kpi, exact.actual, actual.actual, target, policy) };
  });
  const { chart, points } = kpiChart(periods, kpi.direction);
  return {
    kpi: record,
    definition: kpi.metric === 'reported' ? REPORTED_DEFINITION : (KPI_METRICS[kpi.metric]?.definition ?? kpi.description),
    periods: periods.map((period, i) => ({ ...period, spc: points[i] })),
    chart,
  };
}

/**
 * The actuals on an XmR chart, assured against the target of the latest period with an actual
 * unless the reader gives another, with the reader's rebases, ghosted periods and rule lengths.
 */
export function kpiChart(
  periods: readonly Pick<KpiPeriod, 'periodStart' | 'actual' | 'target'>[],
  direction: KpiRecord['direction'],
  options: ChartOptions = {},
): KpiChart {
  const checked = checkChartOptions(options);
  const starts = periods.map((period) => period.periodStart);
  const marks = markedPoints(starts, checked);
  const target = checked.settings.target ?? [...periods].reverse().find((period) => period.actual !== null)?.target ?? null;
  const chart = xmrChart(
    periods.map((period) => period.actual),
    {
      ...checked.settings,
      ...marks,
      direction: direction === 'higher' ? 'increase' : 'decrease',
      target: target ?? undefined,
    },
  );
  return {
    chart: {
      kind: chart.kind,
      variation: chart.variation,
      assurance: chart.assurance,
      target,
      suggestedRebase: placeSuggestion(starts, chart.suggestedRebase),
    },
    points: chart.points.map((point, i) => ({ ...point, ghosted: marks.ghosted.includes(i), rebase: marks.rebaseAt.includes(i) })),
  };
}

function periodActual(kpi: KpiRecord, periodStart: string, row: KpiMetricRow | undefined, dataUntil: string | null, policy: DisclosurePolicy): KpiActual {
  if (kpi.metric === 'reported') {
    const value = kpi.reported.find((entry) => entry.periodStart === periodStart)?.value ?? null;
    return { actual: value, numerator: null, denominator: null, reason: value === null ? 'no value reported for the period' : null };
  }
  const spec = KPI_METRICS[kpi.metric];
  if (!spec) return { actual: null, numerator: null, denominator: null, reason: `metric '${kpi.metric}' is not computed` };
  if (dataUntil === null || periodStart > dataUntil || row === undefined) {
    return { actual: null, numerator: null, denominator: null, reason: 'no data for the period yet' };
  }
  return spec.actual(row, policy);
}

/**
 * The RAG status on the exact actual. Under the controlled policy its reason leaves out the exact
 * shortfall, which would give the exact actual away, and a note says so when the published
 * actual would read as another status.
 */
function judge(kpi: KpiRecord, exact: number | null, published: number | null, target: number | null, policy: DisclosurePolicy) {
  const rule = { target, direction: kpi.direction, tolerance: kpi.tolerance };
  const status = kpiStatus({ ...rule, actual: exact });
  if (!policy.suppressSmallCounts || status.rag === null) return { rag: status.rag, ragReason: status.reason, ragNote: null };
  const shown = kpiStatus({ ...rule, actual: published });
  const reason = status.rag === 'green' ? 'meets target' : `short of target, ${status.rag === 'amber' ? 'within' : 'beyond'} tolerance ${kpi.tolerance}`;
  const note =
    shown.rag === status.rag
      ? null
      : `RAG judged on the exact figure; the published figure is rounded${published === null ? ' or withheld' : ''} and would read ${shown.rag ?? 'without a status'}.`;
  return { rag: status.rag, ragReason: `${reason} (judged on the exact figure)`, ragNote: note };
}

function targetFor(targets: KpiRecord['targets'], periodStart: string): number | null {
  let found: number | null = null;
  for (const entry of targets) {
    if (entry.periodStart <= periodStart) found = entry.target;
  }
  return found;
}
