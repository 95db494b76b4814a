import { describe, expect, it } from 'vitest';
import { ReportingInputError } from '../input/reporting.errors.js';
import { SqlParams } from '../sql/sql.params.js';
import { filterConditions } from './report-filter.sql.js';
import { resolveFilter } from './report-filter.validate.js';
import type { ReportFilter } from './report.filter.js';

const fieldOf = (filter: unknown): string | undefined => {
  try {
    resolveFilter(filter as ReportFilter);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportingInputError);
    return (error as ReportingInputError).field;
  }
  return undefined;
};

describe('resolveFilter', () => {
  it('resolves a financial year to its first and last day', () => {
    expect(resolveFilter({ period: { financialYear: '2019/20' } }).period).toEqual({ basis: 'received', from: '2019-04-01', to: '2020-03-31' });
  });

  it('keeps a date range and its basis', () => {
    expect(resolveFilter({ period: { basis: 'started', from: '2020-01-01', to: '2020-01-31' } }).period).toEqual({
      basis: 'started',
      from: '2020-01-01',
      to: '2020-01-31',
    });
  });

  it('drops empty lists and repeated values', () => {
    expect(resolveFilter({ wardCodes: [], sexes: ['male', 'male'] }).lists).toEqual({ sexes: ['male'] });
  });

  it.each([
    [{ period: { financialYear: '2019/21' } }, 'filter.period.financialYear'],
    [{ period: { from: '2020-02-30', to: '2020-03-01' } }, 'filter.period.from'],
    [{ period: { from: '2020-03-01', to: '2020-02-01' } }, 'filter.period.to'],
    [{ period: { basis: 'ended', from: '2020-01-01', to: '2020-02-01' } }, 'filter.period.basis'],
    [{ ethnicCodes: ['A', 'Q'] }, 'filter.ethnicCodes[1]'],
    [{ deprivationDeciles: [11] }, 'filter.deprivationDeciles[0]'],
    [{ programmeIds: [1.5] }, 'filter.programmeIds[0]'],
    [{ wardCodes: "E05'; drop table referral; --" }, 'filter.wardCodes'],
    [{ colour: ['red'] }, 'filter.colour'],
  ])('rejects %j naming %s', (filter, field) => {
    expect(fieldOf(filter)).toBe(field);
  });
});

describe('filterConditions', () => {
  it('sends every value as a parameter and names only whitelisted columns', () => {
    const params = new SqlParams();
    const filter = resolveFilter({ ethnicGroups: ['Asian'], deprivationDeciles: [1, 2], period: { financialYear: '2020/21' } });
    expect(filterConditions(filter, params, 'f')).toEqual([
      'f.received_on between $1::date and $2::date',
      'f.ethnic_group = $3::text',
      'f.deprivation_decile = any($4::int[])',
    ]);
    expect(params.values).toEqual(['2020-04-01', '2021-03-31', 'Asian', [1, 2]]);
  });
});
