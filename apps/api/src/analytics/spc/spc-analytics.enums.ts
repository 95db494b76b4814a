import { registerEnumType } from 'type-graphql';

// Values are @hub/analytics' and @hub/reporting's words, so charts map across unchanged.

export enum SpcChartKind {
  XMR = 'xmr',
  RUN = 'run',
  T = 't',
}
registerEnumType(SpcChartKind, {
  name: 'SpcChartKind',
  description: 'Which Making Data Count chart was drawn (docs/methods.md, "SPC (Making Data Count)").',
  valuesConfig: {
    XMR: { description: 'XmR chart: mean, process limits at mean ± 2.66 × mean moving range, and 2σ lines; 13 points or more.' },
    RUN: { description: 'Run chart around the median, drawn instead of an XmR or T chart below 13 points.' },
    T: { description: 'T chart of days between rare events: XmR limits on days^(1/3.6), back-transformed.' },
  },
});

export enum SpecialCause {
  IMPROVEMENT = 'improvement',
  CONCERN = 'concern',
  NEITHER = 'neither',
}
registerEnumType(SpecialCause, {
  name: 'SpecialCause',
  description: "How a point flagged by a special-cause rule reads, by the measure's direction.",
  valuesConfig: {
    IMPROVEMENT: { description: 'The signal is in the good direction.' },
    CONCERN: { description: 'The signal is in the bad direction.' },
    NEITHER: { description: 'The measure has no good direction.' },
  },
});

export enum SpcRule {
  SINGLE_POINT = 'singlePoint',
  SHIFT = 'shift',
  TREND = 'trend',
  TWO_IN_THREE = 'twoInThree',
}
registerEnumType(SpcRule, {
  name: 'SpcRule',
  description: 'The special-cause rules of the Making Data Count tool (v2.6).',
  valuesConfig: {
    SINGLE_POINT: { description: 'A point beyond a process limit.' },
    SHIFT: { description: 'A run of points (6 by default) all above or all below the centre line.' },
    TREND: { description: 'A run of points (6 by default, counting both ends) all rising or all falling; equal values break it.' },
    TWO_IN_THREE: { description: '2 or 3 of 3 consecutive points beyond the 2σ line on the same side.' },
  },
});

export enum VariationIcon {
  COMMON_CAUSE = 'commonCause',
  IMPROVEMENT_HIGH = 'improvementHigh',
  IMPROVEMENT_LOW = 'improvementLow',
  CONCERN_HIGH = 'concernHigh',
  CONCERN_LOW = 'concernLow',
  NEITHER_HIGH = 'neitherHigh',
  NEITHER_LOW = 'neitherLow',
}
registerEnumType(VariationIcon, {
  name: 'VariationIcon',
  description: 'The variation icon, read from the last point of the chart.',
  valuesConfig: {
    COMMON_CAUSE: { description: 'Common-cause variation only.' },
    IMPROVEMENT_HIGH: { description: 'Special-cause improvement, high values being good.' },
    IMPROVEMENT_LOW: { description: 'Special-cause improvement, low values being good.' },
    CONCERN_HIGH: { description: 'Special-cause concern: values high where low is good.' },
    CONCERN_LOW: { description: 'Special-cause concern: values low where high is good.' },
    NEITHER_HIGH: { description: 'Special cause upwards on a measure with no good direction.' },
    NEITHER_LOW: { description: 'Special cause downwards on a measure with no good direction.' },
  },
});

export enum AssuranceIcon {
  PASS = 'pass',
  HIT_OR_MISS = 'hitOrMiss',
  FAIL = 'fail',
}
registerEnumType(AssuranceIcon, {
  name: 'AssuranceIcon',
  description: 'The assurance icon: where the target lies against the process limits (for "up is good"; mirrored for "down is good").',
  valuesConfig: {
    PASS: { description: 'Consistently passing: the target is at or beyond the limit on the bad side.' },
    HIT_OR_MISS: { description: 'Hit or miss: the target lies between the limits.' },
    FAIL: { description: 'Consistently failing: the target is at or beyond the limit on the good side.' },
  },
});

export enum ServiceSeries {
  MONTHLY_REFERRALS = 'referrals',
  BAME_SHARE = 'bameShare',
}
registerEnumType(ServiceSeries, {
  name: 'ServiceSeries',
  description: 'A monthly series of the whole service drawn as an SPC chart.',
  valuesConfig: {
    MONTHLY_REFERRALS: { description: 'Referrals received in each month; no good direction.' },
    BAME_SHARE: {
      description:
        "Share of each month's referrals from Black, Asian, Mixed and other ethnic groups, out of referrals with a stated ethnicity (Z and 99 left out), with a Wilson CI per point; up is good.",
    },
  },
});

export enum SpcMarkerKind {
  PDSA_CYCLE = 'PDSA_CYCLE',
  NOTE = 'NOTE',
}

registerEnumType(SpcMarkerKind, {
  name: 'SpcMarkerKind',
  description: 'What a marker under an SPC chart records.',
  valuesConfig: {
    PDSA_CYCLE: { description: 'The start of a PDSA cycle; its mark is the cycle number.' },
    NOTE: { description: 'An annotation a QI lead wrote; its mark is a letter, A, B, … in date order.' },
  },
});
