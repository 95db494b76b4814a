import { registerEnumType } from 'type-graphql';

export enum UptakeDimension {
  ETHNIC_CATEGORY = 'ethnicCategory',
  ETHNIC_GROUP = 'ethnicGroup',
  AGE_BAND = 'ageBand',
  SEX = 'sex',
  DEPRIVATION_DECILE = 'deprivationDecile',
  WARD = 'ward',
}
registerEnumType(UptakeDimension, {
  name: 'UptakeDimension',
  description:
    'How referrals and residents are split into groups for uptake gaps (docs/methods.md, "Uptake gaps"); "Not stated" and "Not known" are groups of their own.',
  valuesConfig: {
    ETHNIC_CATEGORY: { description: 'NHS ethnic category (A to S, Z not stated, 99 not known).' },
    ETHNIC_GROUP: { description: 'Broad ethnic group: White, Mixed, Asian, Black, Other, Not stated, Not known.' },
    AGE_BAND: { description: 'Age band at referral.' },
    SEX: { description: 'Sex as recorded; census counts hold female and male only.' },
    DEPRIVATION_DECILE: { description: "Deprivation decile, 1 being the most deprived; residents are counted in their ward's decile." },
    WARD: { description: 'Ward of residence.' },
  },
});
