import { registerEnumType } from 'type-graphql';

export enum HeadlineKind {
  PERCENT_IMPROVED = 'percentImproved',
  RELATIVE_CHANGE = 'relativeChange',
  PERCENT_ACHIEVING = 'percentAchieving',
}
registerEnumType(HeadlineKind, {
  name: 'HeadlineKind',
  description: 'What kind of figure a headline outcome is (docs/methods.md, "Outcome headlines").',
  valuesConfig: {
    PERCENT_IMPROVED: { description: '"% of participants improved": pairs whose later score is better than their baseline ÷ pairs.' },
    RELATIVE_CHANGE: { description: '"Relative change in the group total": Σlater ÷ Σbaseline − 1 over the pairs.' },
    PERCENT_ACHIEVING: { description: '"% achieving a threshold at follow-up": pairs at or past the threshold at the later measurement ÷ pairs.' },
  },
});

export enum OutcomeGroupDimension {
  PROGRAMME = 'programme',
  ETHNIC_GROUP = 'ethnicGroup',
  AGE_BAND = 'ageBand',
  SEX = 'sex',
  DEPRIVATION_DECILE = 'deprivationDecile',
  WARD = 'ward',
}
registerEnumType(OutcomeGroupDimension, {
  name: 'OutcomeGroupDimension',
  description: 'How outcomes are split into groups; people with no value recorded form a "Not known" group.',
  valuesConfig: {
    PROGRAMME: { description: 'The programme the person was referred to.' },
    ETHNIC_GROUP: { description: 'Broad ethnic group: White, Mixed, Asian, Black, Other, Not stated, Not known.' },
    AGE_BAND: { description: 'Age band at referral, from the birth year.' },
    SEX: { description: 'Sex as recorded.' },
    DEPRIVATION_DECILE: { description: 'Deprivation decile of the person\'s area, 1 being the most deprived.' },
    WARD: { description: 'Ward of residence.' },
  },
});
