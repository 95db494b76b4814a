import { registerEnumType } from 'type-graphql';

export enum AggregateMeasure {
  REFERRALS = 'referrals',
  STARTS = 'starts',
  COMPLETIONS = 'completions',
  PEOPLE = 'people',
  MEAN_WAIT_DAYS = 'meanWaitDays',
  MEDIAN_WAIT_DAYS = 'medianWaitDays',
}
registerEnumType(AggregateMeasure, {
  name: 'AggregateMeasure',
  description:
    'What an aggregate counts or summarises. Under disclosure control (docs/methods.md) counts are rounded to 5 with 1 to 7 withheld, and waits are in whole days and withheld when built from fewer than 8 starts.',
  valuesConfig: {
    REFERRALS: { description: 'Referrals received.' },
    STARTS: { description: 'Referrals that started a programme.' },
    COMPLETIONS: { description: 'Referrals that completed their programme.' },
    PEOPLE: { description: 'Distinct people referred.' },
    MEAN_WAIT_DAYS: { description: 'Mean days from referral received to programme start, over referrals that started.' },
    MEDIAN_WAIT_DAYS: { description: 'Median days from referral received to programme start, over referrals that started.' },
  },
});

export enum AggregateDimension {
  PROGRAMME = 'programme',
  SERVICE = 'service',
  SOURCE = 'source',
  WARD = 'ward',
  ETHNIC_CATEGORY = 'ethnicCategory',
  ETHNIC_GROUP = 'ethnicGroup',
  AGE_BAND = 'ageBand',
  SEX = 'sex',
  DEPRIVATION_DECILE = 'deprivationDecile',
  STATUS = 'status',
}
registerEnumType(AggregateDimension, {
  name: 'AggregateDimension',
  description: 'What an aggregate groups referrals by; a referral with no value recorded falls in a "Not known" group.',
  valuesConfig: {
    PROGRAMME: { description: 'The programme referred to.' },
    SERVICE: { description: 'The service running the programme.' },
    SOURCE: { description: 'Who sent the referral.' },
    WARD: { description: 'Ward of residence.' },
    ETHNIC_CATEGORY: { description: 'NHS ethnic category.' },
    ETHNIC_GROUP: { description: 'Broad ethnic group.' },
    AGE_BAND: { description: 'Age band at referral.' },
    SEX: { description: 'Sex as recorded.' },
    DEPRIVATION_DECILE: { description: 'Deprivation decile, 1 being the most deprived.' },
    STATUS: { description: 'The step the referral has reached now.' },
  },
});

export enum TimeGranularity {
  WEEK = 'week',
  MONTH = 'month',
  QUARTER = 'quarter',
  FINANCIAL_YEAR = 'financialYear',
}
registerEnumType(TimeGranularity, {
  name: 'TimeGranularity',
  description: 'Time buckets of the date a referral was received.',
  valuesConfig: {
    WEEK: { description: 'Weeks starting on Monday.' },
    MONTH: { description: 'Calendar months.' },
    QUARTER: { description: 'Quarters of the financial year: April to June is Q1.' },
    FINANCIAL_YEAR: { description: 'Financial years, 1 April to 31 March.' },
  },
});
