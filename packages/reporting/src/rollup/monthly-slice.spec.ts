import { describe, expect, it } from 'vitest';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import { monthlySlice } from './monthly-slice.js';

const slice = (filter: ReportFilter, grouped: Parameters<typeof monthlySlice>[1] = null) => monthlySlice(resolveFilter(filter), grouped);

describe('monthlySlice', () => {
  it('reads the all slice for no filter, a financial year or a programme', () => {
    expect(slice({})).toEqual({ dimension: 'all', values: null });
    expect(slice({ period: { financialYear: '2021/22' }, programmeIds: [1, 2] })).toEqual({ dimension: 'all', values: null });
  });

  it("reads one dimension's slice for its grouping and a filter on the same dimension", () => {
    expect(slice({ ethnicGroups: ['Asian'] }, 'ethnicGroup')).toEqual({ dimension: 'ethnicGroup', values: ['Asian'] });
    expect(slice({ deprivationDeciles: [1, 2] })).toEqual({ dimension: 'deprivationDecile', values: ['1', '2'] });
  });

  it('falls back to rows for two dimensions, part months, or a start-date period on a slice', () => {
    expect(slice({ ethnicGroups: ['Asian'], wardCodes: ['BISC'] })).toBeNull();
    expect(slice({ sexes: ['male'] }, 'ward')).toBeNull();
    expect(slice({ period: { from: '2021-04-02', to: '2021-06-30' } })).toBeNull();
    expect(slice({ period: { from: '2021-04-01', to: '2021-06-29' } })).toBeNull();
    expect(slice({ period: { basis: 'started', from: '2021-04-01', to: '2021-06-30' }, sexes: ['male'] })).toBeNull();
  });

  it('accepts whole months ending in February of a leap year', () => {
    expect(slice({ period: { from: '2020-01-01', to: '2020-02-29' } })).toEqual({ dimension: 'all', values: null });
  });
});
