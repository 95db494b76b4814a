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
    PERCENT_ACHIEVING: { description: '"% achieving a threshold": pairs at or past the threshold at the chosen later timepoint ÷ pairs.' },
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
    DEPRIVATION_DECILE: { description: "Deprivation decile of the person's area, 1 being the most deprived." },
    WARD: { description: 'Ward of residence.' },
  },
});

export enum OutcomeTimepoint {
  END_OF_PROGRAMME = 'end',
  FOLLOW_UP = 'follow_up',
  LATEST = 'latest',
}
registerEnumType(OutcomeTimepoint, {
  name: 'OutcomeTimepoint',
  description:
    'Which later score each baseline is paired with (docs/methods.md, "Which later score a figure pairs with"). Every figure of a summary uses the one timepoint.',
  valuesConfig: {
    END_OF_PROGRAMME: { description: 'The score at the end of the programme. The default, and what contract KPIs use.' },
    FOLLOW_UP: { description: 'The latest follow-up score (6 or 12 months after the end).' },
    LATEST: { description: 'The most recent later score, whether at the end or at a follow-up.' },
  },
});
