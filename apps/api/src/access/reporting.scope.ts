import type { Reporting, ReportFilter, SqlRunner } from '@hub/reporting';
import { narrow, reaches, type Grants } from './access.policy.js';
import { ForbiddenError } from './access.errors.js';

/**
 * Reporting as one request may use it: every filter narrowed to the programmes the caller's
 * scope reaches, and contract KPIs only for their contracts. Applied where the request's
 * reporting is made, so every analytics query, count and chart passes through it.
 *
 * Every read is listed by name, never spread from the unscoped facade: a read added to
 * reporting then fails to compile here until someone decides how it is scoped.
 */
export function scopeReporting(reporting: Reporting, grants: Grants, runner: SqlRunner): Reporting {
  const reach = grants.aggregates;
  if (reach === 'none') throw new Error('scopeReporting needs a viewer with aggregate access');
  const within = (filter: ReportFilter | undefined): ReportFilter | undefined => {
    if (reach === 'all') return filter;
    const programmeIds = narrow(filter?.programmeIds, reach);
    if (programmeIds === null) return filter;
    if (programmeIds.length === 0) {
      throw new ForbiddenError(
        reach.length === 0
          ? 'Your account reaches no service or programme yet: ask an admin to add your services or contracts to its scope.'
          : 'None of the programmes in "filter.programmeIds" is within your scope.',
      );
    }
    return { ...filter, programmeIds: [...programmeIds] };
  };
  return {
    outcomeSummary: (filter, policy, comparison) => reporting.outcomeSummary(within(filter), policy, comparison),
    outcomeDistributions: (filter, policy, comparison) => reporting.outcomeDistributions(within(filter) ?? {}, policy, comparison),
    outcomesByGroup: (instrument, dimension, filter, policy, comparison) =>
      reporting.outcomesByGroup(instrument, dimension, within(filter), policy, comparison),
    uptake: (dimension, filter, options) => reporting.uptake(dimension, within(filter), options),
    referralFunnel: (filter, policy) => reporting.referralFunnel(within(filter), policy),
    aggregate: (request) => reporting.aggregate({ ...request, filter: within(request.filter) }),
    serviceSpc: (series, filter, options) => reporting.serviceSpc(series, within(filter), options),
    // Without this the chart of any aggregate series would read every programme, whatever the scope.
    aggregateSpc: (request) => reporting.aggregateSpc({ ...request, filter: within(request.filter) }),
    // QI projects are the service's improvement work, not people's records: every reader of aggregates sees them.
    qiMeasureSpc: (measureId, options) => reporting.qiMeasureSpc(measureId, options),
    qiMeasureChart: (measureId, options) => reporting.qiMeasureChart(measureId, options),
    involvementOverTime: (options) => reporting.involvementOverTime(options),
    contractKpis: async (contractCode, policy) => {
      await assertContract(runner, contractCode, grants);
      return reporting.contractKpis(contractCode, policy);
    },
    // The hub's dates, whatever the scope: how recent the feed is is the same for every reader
    // and names no record or figure (docs/methods.md, "How recent the data are").
    dataCoverage: () => reporting.dataCoverage(),
    refreshRollups: (options) => {
      if (!grants.administer) throw new ForbiddenError('Only an admin can rebuild the reporting rollups.');
      return reporting.refreshRollups(options);
    },
  };
}

async function assertContract(runner: SqlRunner, code: string, grants: Grants): Promise<void> {
  if (grants.contracts === 'all') return;
  const [row] = await runner.query<{ id: number }>(`select id from contract where code = $1`, [code]);
  // An unknown code is left for the KPI service to report; a known one outside the scope is refused.
  if (row && !reaches(grants.contracts, row.id)) throw new ForbiddenError(`The contract "${code.slice(0, 40)}" is not one of yours.`);
}
