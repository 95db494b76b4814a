import { financialYear, monthLabel, quarterLabel } from '@hub/analytics';
import {
  COMPLEMENT_WITHHELD,
  DENOMINATOR_WITHHELD,
  NUMERATOR_WITHHELD,
  SUPPRESSED,
  SUPPRESSED_MEAN,
  type KpiPeriod,
  type KpiReport as ReportedKpi,
} from '@hub/reporting';
import { finite } from '../common/figure.mapper.js';
import { SpcChartKind } from '../spc/spc-analytics.enums.js';
import { toSpcChart } from '../spc/spc-analytics.mapper.js';
import type { RagStatus } from './kpi-report.enums.js';
import { KpiPeriodResult, KpiReport } from './kpi-report.type.js';

type PeriodKind = ReportedKpi['kpi']['period'];

export function toKpiReport(report: ReportedKpi): KpiReport {
  const kind = report.kpi.period;
  return Object.assign(new KpiReport(), {
    kpiId: String(report.kpi.id),
    quarters: report.periods.map((period) => toKpiPeriodResult(period, kind)),
    spc: toSpcChart({
      kind: report.chart.kind === 'run' ? SpcChartKind.RUN : SpcChartKind.XMR,
      direction: report.kpi.direction === 'higher' ? 'increase' : 'decrease',
      target: chartTarget(report.periods),
      variation: report.chart.variation,
      assurance: report.chart.assurance,
      reason: report.chart.kind === 'run' ? 'fewer than 13 periods with an actual: run chart with the median' : null,
      points: report.periods.map((period) => ({
        period: period.periodStart,
        label: periodLabel(period.periodStart, kind),
        point: period.spc,
        numerator: wholeOrNull(period.numerator),
        denominator: wholeOrNull(period.denominator),
      })),
    }),
  });
}

const toKpiPeriodResult = (period: KpiPeriod, kind: PeriodKind): KpiPeriodResult =>
  Object.assign(new KpiPeriodResult(), {
    periodStart: period.periodStart,
    label: periodLabel(period.periodStart, kind),
    actual: finite(period.actual),
    target: finite(period.target),
    rag: period.rag as RagStatus | null,
    ragNote: period.ragNote,
    reason: period.reason ?? period.ragReason,
    numerator: finite(period.numerator),
    denominator: finite(period.denominator),
    suppressed: period.reason !== null && WITHHELD.has(period.reason),
  });

const WITHHELD: ReadonlySet<string> = new Set([SUPPRESSED, SUPPRESSED_MEAN, NUMERATOR_WITHHELD, COMPLEMENT_WITHHELD, DENOMINATOR_WITHHELD]);

/** The target reporting drew the assurance against: that of the latest period with an actual. */
function chartTarget(periods: readonly KpiPeriod[]): number | null {
  return [...periods].reverse().find((period) => period.actual !== null)?.target ?? null;
}

function periodLabel(periodStart: string, kind: PeriodKind): string {
  if (kind === 'quarter') return quarterLabel(periodStart);
  return kind === 'year' ? financialYear(periodStart) : monthLabel(periodStart);
}

const wholeOrNull = (value: number | null): number | null => (value !== null && Number.isInteger(value) ? value : null);
