import { outcomeHeadlines, type OutcomeDistribution, type ReportFilter } from '@hub/reporting';
import type { ReportingAccess } from '../analytics.services.js';
import type { ReferralFilter } from '../../referral/referral.input.js';
import { toReportFilter } from '../../referral/referral-filter.mapper.js';
import { reportingCall } from '../common/reporting.call.js';
import type { OutcomeGroupDimension, OutcomeTimepoint } from './outcome-analytics.enums.js';
import { toGroupOutcome, toHistogramBin, toInstrumentOutcome, toOutcomeHeadline } from './outcome-analytics.mapper.js';
import { OutcomeSummary, type GroupOutcome, type HistogramBin, type InstrumentOutcome } from './outcome-analytics.type.js';

/** Paired outcome figures: headlines, per-instrument panels, distributions and groups. */
export class OutcomeAnalyticsService {
  /** Distributions of every instrument by filter, read once however many instruments ask. */
  private readonly distributions = new Map<string, Promise<OutcomeDistribution[]>>();

  constructor(private readonly access: ReportingAccess) {}

  async summary(filter: ReferralFilter | null, timepoint: OutcomeTimepoint): Promise<OutcomeSummary> {
    const { runner, reporting, disclosure } = this.access;
    return reportingCall(async () => {
      const reportFilter = await toReportFilter(runner, filter);
      const summary = await reporting.outcomeSummary(reportFilter, disclosure, timepoint);
      return Object.assign(new OutcomeSummary(), {
        timepoint,
        pairing: summary.pairing,
        headlines: outcomeHeadlines(summary).map(toOutcomeHeadline),
        instruments: summary.instruments.map((figures) => toInstrumentOutcome(figures, summary, reportFilter, timepoint)),
      });
    });
  }

  async distribution(outcome: InstrumentOutcome): Promise<HistogramBin[]> {
    const all = await this.distributionsFor(outcome.reportFilter, outcome.timepoint);
    return (all.find((entry) => entry.instrument === outcome.instrumentCode)?.bins ?? []).map(toHistogramBin);
  }

  async byGroup(instrument: string, dimension: OutcomeGroupDimension, filter: ReferralFilter | null, timepoint: OutcomeTimepoint): Promise<GroupOutcome[]> {
    const { runner, reporting, disclosure } = this.access;
    return reportingCall(async () => {
      const result = await reporting.outcomesByGroup(instrument, dimension, await toReportFilter(runner, filter), disclosure, timepoint);
      return result.groups.map((group) => toGroupOutcome(group, result.definition));
    });
  }

  private distributionsFor(filter: ReportFilter, timepoint: OutcomeTimepoint): Promise<OutcomeDistribution[]> {
    const key = JSON.stringify([filter, timepoint]);
    let found = this.distributions.get(key);
    if (!found) {
      found = this.access.reporting.outcomeDistributions(filter, this.access.disclosure, timepoint);
      this.distributions.set(key, found);
    }
    return found;
  }
}
