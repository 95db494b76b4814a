// Service-level SPC charts: monthly referrals and the monthly BAME share of referrals.
import type { SpcDirection } from '@hub/analytics';
import { discloseCount, discloseProportion, resolvePolicy, type DisclosurePolicy, type ReportedValue } from '../disclosure/disclosure.policy.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import { checkOneOf } from '../input/input.validate.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { monthlySpc, type MonthlySpc, type MonthValue } from './monthly-spc.chart.js';
import { loadServiceMonths, type ServiceMonthRow } from './service-spc.queries.js';
import { checkChartOptions, type ChartOptions } from './spc-chart.options.js';

export const SERVICE_SERIES = ['referrals', 'bameShare'] as const;
export type ServiceSeries = (typeof SERVICE_SERIES)[number];

export interface ServiceSpcOptions extends ChartOptions {
  direction?: SpcDirection;
  policy?: DisclosurePolicy;
}

export interface ServiceSpc extends MonthlySpc {
  series: ServiceSeries;
  /** Referrals over every month of the chart, rounded once from the exact total; null for a share. */
  total: ReportedValue | null;
}

const DEFINITIONS: Record<ServiceSeries, string> = {
  referrals: 'Referrals received in the month.',
  bameShare:
    'Share of the month\'s referrals from Black, Asian, Mixed and other ethnic groups (every stated group except White), out of referrals with a stated ethnicity: "not stated" (Z) and "not known" (99) are left out of the denominator. With a 95% Wilson interval.',
};

export async function serviceSpc(runner: SqlRunner, series: ServiceSeries, filter: ReportFilter = {}, options: ServiceSpcOptions = {}): Promise<ServiceSpc> {
  const checked = checkOneOf(series, SERVICE_SERIES, 'series');
  const resolved = resolveFilter(filter);
  const { direction, policy, ...chartOptions } = options;
  const disclosure = resolvePolicy(policy, 'options.policy');
  const good = checkOneOf(direction ?? (checked === 'bameShare' ? 'increase' : 'neither'), ['increase', 'decrease', 'neither'] as const, 'options.direction');
  checkChartOptions(chartOptions);
  const rows = await loadServiceMonths(runner, resolved, checked === 'bameShare');
  const shown = rows.map((row) => monthValue(checked, row, disclosure));
  const exactTotal = rows.reduce((sum, row) => sum + row.referrals, 0);
  return {
    series: checked,
    total: checked === 'referrals' ? discloseCount(exactTotal, disclosure) : null,
    ...monthlySpc(
      rows.map((row) => row.month),
      shown,
      DEFINITIONS[checked],
      good,
      chartOptions,
    ),
  };
}

function monthValue(series: ServiceSeries, row: ServiceMonthRow, policy: DisclosurePolicy): MonthValue {
  if (series === 'referrals') {
    const count = discloseCount(row.referrals, policy);
    return { value: count.value, numerator: count.value, denominator: null, lower95: null, upper95: null, reason: count.reason };
  }
  const share = discloseProportion(row.bame, row.known_ethnicity, policy, 'no referrals with a stated ethnicity');
  return {
    value: share.estimate,
    numerator: share.numerator,
    denominator: share.denominator,
    lower95: share.lower,
    upper95: share.upper,
    reason: share.reason,
  };
}
