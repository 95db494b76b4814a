// Counts and wait summaries by any whitelisted dimensions and time bucket, disclosure-controlled.
import { discloseCount, discloseSummary, resolvePolicy, totalsNote, type DisclosurePolicy, type ReportedValue } from '../disclosure/disclosure.policy.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import { checkOneOf } from '../input/input.validate.js';
import { ReportingInputError, UnknownAggregateTermError } from '../input/reporting.errors.js';
import type { RollupRoute } from '../rollup/monthly-slice.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import {
  AGGREGATE_MEASURES,
  DIMENSION_NAMES,
  GRANULARITY_NAMES,
  MEASURE_NAMES,
  type AggregateDimension,
  type AggregateGranularity,
  type AggregateMeasure,
} from './aggregate.catalogue.js';
import { compileAggregate, type AggregateShape } from './aggregate.compiler.js';

export interface AggregateRequest {
  measures: AggregateMeasure[];
  dimensions?: AggregateDimension[];
  granularity?: AggregateGranularity;
  filter?: ReportFilter;
  policy?: DisclosurePolicy;
  /** 'rows' skips the monthly summary; for checks and benchmarks. */
  route?: RollupRoute;
}

export interface AggregateCell {
  /** Dimension values by name; null where the referral has none (e.g. no ward recorded). */
  dimensions: Partial<Record<AggregateDimension, string | number | null>>;
  /** First day of the time bucket, or the financial year; null without granularity. */
  period: string | null;
  measures: Partial<Record<AggregateMeasure, ReportedValue>>;
}

export interface AggregateResult extends AggregateShape {
  /** Time buckets are of the date the referral was received. */
  definitions: Partial<Record<AggregateMeasure, string>>;
  rows: AggregateCell[];
  total: AggregateCell;
  /** Why the rows need not add up to the total; null with exact figures. */
  totalsNote: string | null;
}

const MAX_DIMENSIONS = 4;

export async function aggregate(runner: SqlRunner, request: AggregateRequest): Promise<AggregateResult> {
  const shape = checkShape(request);
  const filter = resolveFilter(request.filter);
  const policy = resolvePolicy(request.policy);
  const { sql, params } = compileAggregate(shape, filter, request.route);
  const rows = await runner.query<Record<string, unknown>>(sql, params);
  const cells = rows.map((row) => ({ isTotal: row.is_total === true, cell: toCell(row, shape, policy) }));
  const total = cells.find((entry) => entry.isTotal)?.cell ?? toCell({ wait_n: 0 }, shape, policy);
  const groups = shape.dimensions.length + (shape.granularity === 'none' ? 0 : 1);
  return {
    ...shape,
    definitions: Object.fromEntries(shape.measures.map((measure) => [measure, AGGREGATE_MEASURES[measure].definition])),
    rows: groups === 0 ? [total] : cells.filter((entry) => !entry.isTotal).map((entry) => entry.cell),
    total: { ...total, dimensions: {}, period: null },
    totalsNote: totalsNote(policy),
  };
}

function checkShape(request: AggregateRequest): AggregateShape {
  if (!request || typeof request !== 'object') throw new ReportingInputError('request', 'must be an object');
  const measures = checkTerms(request.measures, 'measures', MEASURE_NAMES);
  if (measures.length === 0) throw new ReportingInputError('measures', 'must name at least one measure');
  const dimensions = checkTerms(request.dimensions ?? [], 'dimensions', DIMENSION_NAMES);
  if (dimensions.length > MAX_DIMENSIONS) throw new ReportingInputError('dimensions', `must name at most ${MAX_DIMENSIONS} dimensions`);
  const granularity = request.granularity ?? 'none';
  if (!GRANULARITY_NAMES.includes(granularity)) throw new UnknownAggregateTermError('granularity', String(granularity), GRANULARITY_NAMES);
  if (request.route !== undefined) checkOneOf(request.route, ['auto', 'rows'] as const, 'route');
  return { measures, dimensions, granularity };
}

function checkTerms<T extends string>(terms: unknown, field: 'measures' | 'dimensions', allowed: readonly T[]): T[] {
  if (!Array.isArray(terms)) throw new ReportingInputError(field, 'must be a list');
  for (const term of terms) {
    if (!allowed.includes(term as T)) throw new UnknownAggregateTermError(field, String(term), allowed);
  }
  if (new Set(terms).size !== terms.length) throw new ReportingInputError(field, 'must not repeat a name');
  return terms as T[];
}

function toCell(row: Record<string, unknown>, shape: AggregateShape, policy: DisclosurePolicy): AggregateCell {
  const dimensions = Object.fromEntries(shape.dimensions.map((dimension, i) => [dimension, (row[`d${i}`] ?? null) as string | number | null]));
  const period = shape.granularity === 'none' ? null : ((row[`d${shape.dimensions.length}`] ?? null) as string | null);
  const waitN = Number(row.wait_n ?? 0);
  const measures = Object.fromEntries(
    shape.measures.map((measure, i) => {
      const value = (row[`m${i}`] ?? null) as number | null;
      const shown =
        AGGREGATE_MEASURES[measure].kind === 'count' ? discloseCount(value ?? 0, policy) : discloseSummary(waitN, value, policy, 'no referrals started'); // whole days under the policy
      return [measure, shown];
    }),
  );
  return { dimensions, period, measures };
}
