// A period as people ask for it: from and to dates, either of them optional, and a financial
// year, combined by intersection. One open end ("from April 2019 on") is closed at the data's
// own first or last month, so that reports which draw every month of their period (SPC charts)
// draw the months there are rather than a century of empty ones. Whole months keep the monthly
// rollups usable.
import { financialYearRange } from '@hub/analytics';
import { checkIsoDate, describe } from '../input/input.validate.js';
import { ReportingInputError } from '../input/reporting.errors.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import type { PeriodFilter } from './report.filter.js';

/** Received on or after `from`, on or before `to`, and within the financial year; each may be missing. */
export interface OpenPeriod {
  from?: string | null;
  to?: string | null;
  /** Written '2019/20'. */
  financialYear?: string | null;
}

export async function closeOpenPeriod(runner: SqlRunner, period: OpenPeriod, field = 'period'): Promise<PeriodFilter | undefined> {
  const checked = checkOpenPeriod(period, field);
  if (checked === undefined) return undefined;
  const { from, to } = checked;
  if (from !== null && to !== null) return { from, to };
  return closeAtData(runner, from, to);
}

/**
 * The period checked and intersected with its financial year, its open ends left open: for
 * record lists, which need no whole months and must not stop at the rollups' last refresh.
 */
export function checkOpenPeriod(period: OpenPeriod, field = 'period'): { from: string | null; to: string | null } | undefined {
  let from = period.from == null ? null : checkIsoDate(period.from, `${field}.from`);
  let to = period.to == null ? null : checkIsoDate(period.to, `${field}.to`);
  if (from !== null && to !== null && from > to) throw new ReportingInputError(`${field}.to`, `must not be before from (${from}), got ${to}`);
  if (period.financialYear != null) {
    const year = yearRange(period.financialYear, `${field}.financialYear`);
    from = from === null || from < year.start ? year.start : from;
    to = to === null || to > year.end ? year.end : to;
    if (from > to) throw new ReportingInputError(`${field}.financialYear`, `${period.financialYear} does not overlap the from and to dates`);
  }
  return from === null && to === null ? undefined : { from, to };
}

async function closeAtData(runner: SqlRunner, from: string | null, to: string | null): Promise<PeriodFilter> {
  const [data] = await runner.query<{ first: string | null; last: string | null }>(`
    select to_char(date_trunc('month', min(received_on)), 'YYYY-MM-DD') as first,
      to_char(date_trunc('month', max(received_on)) + interval '1 month - 1 day', 'YYYY-MM-DD') as last
    from referral_fact`);
  // With no referrals, or a bound beyond the data, the period is the one day given: empty, not an error.
  const given = (from ?? to) as string;
  return {
    from: from ?? (data?.first && data.first < given ? data.first : given),
    to: to ?? (data?.last && data.last > given ? data.last : given),
  };
}

function yearRange(label: string, field: string): { start: string; end: string } {
  try {
    return financialYearRange(label);
  } catch {
    throw new ReportingInputError(field, `must look like '2019/20', got ${describe(label)}`);
  }
}
