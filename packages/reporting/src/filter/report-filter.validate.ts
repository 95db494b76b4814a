import { financialYearRange } from '@hub/analytics';
import { checkInteger, checkIsoDate, checkList, checkOneOf, checkPattern, describe } from '../input/input.validate.js';
import { ReportingInputError } from '../input/reporting.errors.js';
import { AGE_BAND_CODES, ETHNIC_CODES, ETHNIC_GROUPS, REFERRAL_SOURCES, REFERRAL_STATUSES, SEXES, WARD_CODE_PATTERN } from './dimension.codes.js';
import type { FilterList, PeriodBasis, ReportFilter, ResolvedFilter } from './report.filter.js';

const MAX_ID = 2_147_483_647;

const LIST_CHECKS: Readonly<Record<FilterList, (item: unknown, field: string) => string | number>> = {
  programmeIds: (item, field) => checkInteger(item, field, 1, MAX_ID),
  serviceIds: (item, field) => checkInteger(item, field, 1, MAX_ID),
  sourceCodes: (item, field) => checkOneOf(item, REFERRAL_SOURCES, field),
  wardCodes: (item, field) => checkPattern(item, WARD_CODE_PATTERN, field),
  ethnicCodes: (item, field) => checkOneOf(item, ETHNIC_CODES, field),
  ethnicGroups: (item, field) => checkOneOf(item, ETHNIC_GROUPS, field),
  sexes: (item, field) => checkOneOf(item, SEXES, field),
  ageBands: (item, field) => checkOneOf(item, AGE_BAND_CODES, field),
  deprivationDeciles: (item, field) => checkInteger(item, field, 1, 10),
  statuses: (item, field) => checkOneOf(item, REFERRAL_STATUSES, field),
};

/** Validates a filter and resolves its period to dates; `field` prefixes error field names. */
export function resolveFilter(filter: ReportFilter | undefined, field = 'filter'): ResolvedFilter {
  if (filter === undefined || filter === null) return { period: null, lists: {} };
  if (typeof filter !== 'object' || Array.isArray(filter)) {
    throw new ReportingInputError(field, `must be an object, got ${describe(filter)}`);
  }
  const unknown = Object.keys(filter).find((key) => key !== 'period' && !(key in LIST_CHECKS));
  if (unknown) throw new ReportingInputError(`${field}.${unknown}`, 'is not a filter');
  const lists: ResolvedFilter['lists'] = {};
  for (const [name, check] of Object.entries(LIST_CHECKS) as [FilterList, (typeof LIST_CHECKS)[FilterList]][]) {
    const values = checkList(filter[name], `${field}.${name}`, check);
    if (values.length > 0) lists[name] = [...new Set(values)];
  }
  return { period: resolvePeriod(filter.period, `${field}.period`), lists };
}

function resolvePeriod(period: ReportFilter['period'], field: string): ResolvedFilter['period'] {
  if (period === undefined || period === null) return null;
  const basis: PeriodBasis = period.basis === undefined ? 'received' : checkOneOf(period.basis, ['received', 'started'] as const, `${field}.basis`);
  if ('financialYear' in period) {
    try {
      const { start, end } = financialYearRange(period.financialYear);
      return { basis, from: start, to: end };
    } catch {
      throw new ReportingInputError(`${field}.financialYear`, `must look like '2019/20', got ${describe(period.financialYear)}`);
    }
  }
  const from = checkIsoDate(period.from, `${field}.from`);
  const to = checkIsoDate(period.to, `${field}.to`);
  if (from > to) throw new ReportingInputError(`${field}.to`, `must not be before from (${from}), got ${to}`);
  return { basis, from, to };
}
