import type { UptakeGroup as ReportedGroup, UptakeReport } from '@hub/reporting';
import { finite, toComparison, toIntervalEstimate, toProportion, toRate } from '../common/figure.mapper.js';
import type { UptakeDimension } from './uptake-analytics.enums.js';
import { Uptake, UptakeDefinitions, UptakeGroup, UptakeUnstated } from './uptake-analytics.type.js';

export const toUptake = (report: UptakeReport): Uptake =>
  Object.assign(new Uptake(), {
    dimension: report.dimension as UptakeDimension,
    definitions: Object.assign(new UptakeDefinitions(), report.definitions),
    totalReferrals: report.total.referrals.value,
    statedReferrals: report.total.statedReferrals.value,
    unstated: Object.assign(new UptakeUnstated(), {
      labels: report.unstated.labels,
      referrals: report.unstated.referrals.value,
      share: toProportion(report.unstated.share),
    }),
    eligibleMinAge: report.eligibleAges.minAge,
    eligibleMaxAge: report.eligibleAges.maxAge,
    eligibleAgeBands: report.eligibleAges.bands,
    rateYears: finite(report.rateYears),
    totalPopulation: report.total.population,
    overallStartRate: toProportion(report.total.startRate),
    overallCompletionRate: toProportion(report.total.completionRate),
    groups: report.groups.map((group) => toUptakeGroup(group, report.rateYears)),
  });

const toUptakeGroup = (group: ReportedGroup, years: number | null): UptakeGroup =>
  Object.assign(new UptakeGroup(), {
    key: group.group,
    label: group.label,
    referrals: group.referrals.value,
    share: toProportion(group.share),
    population: group.population,
    populationShare: finite(group.populationShare),
    gapPoints: finite(group.gapPoints),
    representationRatio: finite(group.representationRatio),
    gap: toIntervalEstimate(group.gap),
    ratio: toIntervalEstimate(group.ratio),
    referralRate:
      group.population === null
        ? null
        : toRate({
            count: group.referrals.value,
            population: group.population,
            years,
            rate: group.ratePer1000,
            reason: group.reason,
          }),
    standardisedRate: toIntervalEstimate(group.standardisedRate),
    underRepresented: group.underRepresented,
    startRate: toProportion(group.funnel.startRate),
    startComparison: toComparison(group.funnel.startComparison),
    completionRate: toProportion(group.funnel.completionRate),
    completionComparison: toComparison(group.funnel.completionComparison),
    reason: group.reason,
  });
