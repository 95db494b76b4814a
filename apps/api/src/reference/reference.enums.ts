import { registerEnumType } from 'type-graphql';

// Enum values are the database codes, so filters pass straight into SQL and rows map back unchanged.

export enum Sex {
  FEMALE = 'female',
  MALE = 'male',
  OTHER = 'other',
  NOT_STATED = 'not_stated',
}
registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex as recorded by the person. Population estimates only use FEMALE and MALE.',
  valuesConfig: {
    FEMALE: { description: 'Female.' },
    MALE: { description: 'Male.' },
    OTHER: { description: 'Recorded as another sex.' },
    NOT_STATED: { description: 'The person chose not to say; kept as its own category, never dropped.' },
  },
});

export enum ReferralSourceCode {
  GP = 'gp',
  HOSPITAL = 'hospital',
  COMMUNITY = 'community',
  SOCIAL_CARE = 'social_care',
  SELF = 'self',
  OTHER = 'other',
}
registerEnumType(ReferralSourceCode, {
  name: 'ReferralSourceCode',
  description: 'Who sent a referral to the service.',
  valuesConfig: {
    GP: { description: 'A general practice.' },
    HOSPITAL: { description: 'A hospital, including A&E and the falls clinic.' },
    COMMUNITY: { description: 'A community or voluntary group.' },
    SOCIAL_CARE: { description: 'Adult social care.' },
    SELF: { description: 'The person referred themselves.' },
    OTHER: { description: 'Any other source.' },
  },
});

export enum Condition {
  CANCER = 'cancer',
  STROKE = 'stroke',
  MENTAL_HEALTH = 'mental_health',
  CARDIOVASCULAR = 'cardiovascular',
  NEUROLOGICAL = 'neurological',
  RESPIRATORY = 'respiratory',
  DIABETES = 'diabetes',
  MSK = 'msk',
}
registerEnumType(Condition, {
  name: 'Condition',
  description: 'A long-term condition group a person lives with or was referred for.',
  valuesConfig: {
    CANCER: { description: 'Cancer.' },
    STROKE: { description: 'Stroke.' },
    MENTAL_HEALTH: { description: 'A mental health condition.' },
    CARDIOVASCULAR: { description: 'Heart and circulation conditions.' },
    NEUROLOGICAL: { description: "Neurological conditions such as dementia and Parkinson's." },
    RESPIRATORY: { description: 'Respiratory conditions such as COPD.' },
    DIABETES: { description: 'Diabetes.' },
    MSK: { description: 'Musculoskeletal conditions.' },
  },
});
