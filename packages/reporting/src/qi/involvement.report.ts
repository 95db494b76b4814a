// Service-user involvement in QI projects over time (docs/methods.md, "The service and its vocabulary"): Big I or little i.
import { wilsonInterval } from '@hub/analytics';
import { checkIsoDate } from '../input/input.validate.js';
import { ReportingInputError } from '../input/reporting.errors.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { loadInvolvementByMonth } from './qi.repository.js';

export interface InvolvementMonth {
  month: string;
  activeProjects: number;
  bigI: number;
  littleI: number;
  /** Projects with Big I or little i involvement. */
  involved: number;
  share: Interval | null;
  /** Big I projects ÷ active projects. */
  bigIShare: Interval | null;
  /** Little i projects ÷ active projects. */
  littleIShare: Interval | null;
  reason: string | null;
}

type Interval = { estimate: number; lower: number; upper: number };

export interface InvolvementOverTime {
  definition: string;
  months: InvolvementMonth[];
}

const DEFINITION =
  "Share of QI projects active in the month whose service-user involvement at the month's end was Big I (service users or carers on the team) or little i (consulted), each level also on its own, with 95% Wilson intervals. A project still running counts as active to the end of the data.";

/** Projects are counted, not people, so no disclosure rounding applies. */
export async function involvementOverTime(runner: SqlRunner, options: { from?: string; to?: string } = {}): Promise<InvolvementOverTime> {
  const from = options.from === undefined ? null : checkIsoDate(options.from, 'options.from');
  const to = options.to === undefined ? null : checkIsoDate(options.to, 'options.to');
  if (from !== null && to !== null && from > to) throw new ReportingInputError('options.to', `must not be before from (${from})`);
  const rows = await loadInvolvementByMonth(runner, from, to);
  return {
    definition: DEFINITION,
    months: rows.map((row) => {
      const involved = row.big_i + row.little_i;
      const share = wilsonInterval(involved, row.active);
      return {
        month: row.month,
        activeProjects: row.active,
        bigI: row.big_i,
        littleI: row.little_i,
        involved,
        share,
        bigIShare: wilsonInterval(row.big_i, row.active),
        littleIShare: wilsonInterval(row.little_i, row.active),
        reason: share === null ? 'no projects active' : null,
      };
    }),
  };
}
