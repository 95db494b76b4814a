// Service-level SPC charts: monthly referrals and the monthly BAME share of referrals.
import { xmrChart, type Assurance, type SpcChart, type SpcDirection, type SpcPoint, type Variation } from '@hub/analytics';
import { discloseCount, discloseProportion, resolvePolicy, type DisclosurePolicy } from '../disclosure/disclosure.policy.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import { checkIsoDate, checkList, checkOneOf } from '../input/input.validate.js';
import { ReportingInputError } from '../input/reporting.errors.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { loadServiceMonths, type ServiceMonthRow } from './service-spc.queries.js';

export const SERVICE_SERIES = ['referrals', 'bameShare'] as const;
export type ServiceSeries = (typeof SERVICE_SERIES)[number];

export interface ServiceSpcOptions {
  direction?: SpcDirection;
  target?: number;
  /** Months (any date in them) where the limits are recalculated, as marked by a user. */
  rebaseAt?: string[];
  policy?: DisclosurePolicy;
}

export interface ServiceSpcPoint extends SpcPoint {
  month: string;
  numerator: number | null;
  denominator: number | null;
  /** The Wilson interval of a share; null for counts. */
  lower95: number | null;
  upper95: number | null;
  reason: string | null;
}

export interface ServiceSpc {
  series: ServiceSeries;
  definition: string;
  chart: { kind: SpcChart['kind']; variation: Variation | null; assurance: Assurance | null };
  points: ServiceSpcPoint[];
}

const DEFINITIONS: Record<ServiceSeries, string> = {
  referrals: 'Referrals received in the month.',
  bameShare:
    'Share of the month\'s referrals from Black, Asian, Mixed and other ethnic groups (every stated group except White), out of referrals with a stated ethnicity: "not stated" (Z) and "not known" (99) are left out of the denominator. With a 95% Wilson interval.',
};

export async function serviceSpc(runner: SqlRunner, series: ServiceSeries, filter: ReportFilter = {}, options: ServiceSpcOptions = {}): Promise<ServiceSpc> {
  const checked = checkOneOf(series, SERVICE_SERIES, 'series');
  const resolved = resolveFilter(filter);
  const policy = resolvePolicy(options.policy, 'options.policy');
  const direction = checkOneOf(
    options.direction ?? (checked === 'bameShare' ? 'increase' : 'neither'),
    ['increase', 'decrease', 'neither'] as const,
    'options.direction',
  );
  if (options.target !== undefined && !Number.isFinite(options.target)) throw new ReportingInputError('options.target', 'must be a finite number');
  const rebaseMonths = checkList(options.rebaseAt, 'options.rebaseAt', checkIsoDate).map((date) => `${date.slice(0, 7)}-01`);
  const rows = await loadServiceMonths(runner, resolved, checked === 'bameShare');
  const shown = rows.map((row) => monthValue(checked, row, policy));
  const chart = xmrChart(
    shown.map((value) => value.value),
    {
      direction,
      target: options.target,
      rebaseAt: rows.flatMap((row, i) => (i > 0 && rebaseMonths.includes(row.month) ? [i] : [])),
    },
  );
  return {
    series: checked,
    definition: DEFINITIONS[checked],
    chart: { kind: chart.kind, variation: chart.variation, assurance: chart.assurance },
    points: chart.points.map((point, i) => ({ ...point, ...shown[i], month: rows[i].month })),
  };
}

function monthValue(series: ServiceSeries, row: ServiceMonthRow, policy: DisclosurePolicy) {
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
