import { registerEnumType } from 'type-graphql';

export enum OrganisationKind {
  COMMISSIONER = 'commissioner',
  PROVIDER = 'provider',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'The part an organisation plays in the service.',
  valuesConfig: {
    COMMISSIONER: { description: 'Buys the service, e.g. a council public-health team or an NHS commissioning body.' },
    PROVIDER: { description: 'Runs the service, e.g. an active-lifestyle charity, a social enterprise or an NHS trust.' },
  },
});

export enum KpiMetric {
  REFERRALS = 'referrals',
  STARTS = 'starts',
  COMPLETIONS = 'completions',
  COMPLETION_RATE = 'completion_rate',
  START_RATE = 'start_rate',
  WELLBEING_IMPROVED_RATE = 'wellbeing_improved_rate',
  ACTIVITY_IMPROVED_RATE = 'activity_improved_rate',
  BAME_REFERRAL_SHARE = 'bame_referral_share',
  MEDIAN_WAIT_DAYS = 'median_wait_days',
  REPORTED = 'reported',
}
registerEnumType(KpiMetric, {
  name: 'KpiMetric',
  description: "How a KPI's actual value is found: computed from referrals and outcomes, or REPORTED by the provider.",
  valuesConfig: {
    REFERRALS: { description: 'Referrals received in the period.' },
    STARTS: { description: 'Referrals that started a programme in the period.' },
    COMPLETIONS: { description: 'Referrals that completed a programme in the period.' },
    COMPLETION_RATE: { description: 'Completions as a share of starts.' },
    START_RATE: { description: 'Starts as a share of referrals.' },
    WELLBEING_IMPROVED_RATE: { description: 'Share of paired wellbeing measurements that improved.' },
    ACTIVITY_IMPROVED_RATE: { description: 'Share of paired physical-activity measurements that improved.' },
    BAME_REFERRAL_SHARE: { description: 'Share of referrals from Black, Asian and minority-ethnic people.' },
    MEDIAN_WAIT_DAYS: { description: 'Median days from referral received to programme started.' },
    REPORTED: { description: 'A value the provider reports by hand each period.' },
  },
});

export enum KpiUnit {
  COUNT = 'count',
  PERCENT = 'percent',
  DAYS = 'days',
}
registerEnumType(KpiUnit, {
  name: 'KpiUnit',
  description: "The unit a KPI's target and values are in.",
  valuesConfig: {
    COUNT: { description: 'A number of people or referrals.' },
    PERCENT: { description: 'A percentage from 0 to 100.' },
    DAYS: { description: 'A number of days.' },
  },
});

export enum KpiDirection {
  HIGHER = 'higher',
  LOWER = 'lower',
}
registerEnumType(KpiDirection, {
  name: 'KpiDirection',
  description: 'Which way is better for a KPI.',
  valuesConfig: {
    HIGHER: { description: 'Higher values are better.' },
    LOWER: { description: 'Lower values are better.' },
  },
});

export enum KpiPeriod {
  MONTH = 'month',
  QUARTER = 'quarter',
  YEAR = 'year',
}
registerEnumType(KpiPeriod, {
  name: 'KpiPeriod',
  description: 'The length of the period a KPI is judged over.',
  valuesConfig: {
    MONTH: { description: 'A calendar month.' },
    QUARTER: { description: 'A quarter of the financial year.' },
    YEAR: { description: 'A financial year from 1 April.' },
  },
});
