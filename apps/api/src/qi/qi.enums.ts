import { registerEnumType } from 'type-graphql';

export enum InvolvementLevel {
  BIG_I = 'big_i',
  LITTLE_I = 'little_i',
  NONE = 'none',
}
registerEnumType(InvolvementLevel, {
  name: 'InvolvementLevel',
  description: 'How far service users and carers take part in a QI project.',
  valuesConfig: {
    BIG_I: { description: '"Big I": service users or carers are members of the project team.' },
    LITTLE_I: { description: '"Little i": service users or carers are consulted but are not team members.' },
    NONE: { description: 'No service-user or carer involvement.' },
  },
});

export enum QiProjectStatus {
  PLANNING = 'planning',
  TESTING = 'testing',
  IMPLEMENTING = 'implementing',
  SUSTAINING = 'sustaining',
  CLOSED = 'closed',
}
registerEnumType(QiProjectStatus, {
  name: 'QiProjectStatus',
  description: 'The stage a QI project has reached.',
  valuesConfig: {
    PLANNING: { description: 'Agreeing the aim, measures and first change ideas.' },
    TESTING: { description: 'Testing change ideas in PDSA cycles.' },
    IMPLEMENTING: { description: 'Putting changes that worked into everyday practice.' },
    SUSTAINING: { description: 'Holding the gains and watching the measures.' },
    CLOSED: { description: 'The project has ended.' },
  },
});

export enum MeasureDirection {
  INCREASE = 'increase',
  DECREASE = 'decrease',
  NEITHER = 'neither',
}
registerEnumType(MeasureDirection, {
  name: 'MeasureDirection',
  description: 'Which way of change counts as improvement for a measure; it decides whether special cause is improvement or concern.',
  valuesConfig: {
    INCREASE: { description: 'Higher values are better.' },
    DECREASE: { description: 'Lower values are better.' },
    NEITHER: { description: 'Neither direction is better; special cause is shown as "neither".' },
  },
});

export enum ChartKind {
  XMR = 'xmr',
  T = 't',
}
registerEnumType(ChartKind, {
  name: 'ChartKind',
  description: 'Which SPC chart suits a measure.',
  valuesConfig: {
    XMR: { description: 'An XmR (individuals and moving range) chart.' },
    T: { description: 'A T chart of days between rare events, such as falls.' },
  },
});

export enum PdsaDecision {
  ADOPT = 'adopt',
  ADAPT = 'adapt',
  ABANDON = 'abandon',
}
registerEnumType(PdsaDecision, {
  name: 'PdsaDecision',
  description: 'What the team decided to do with a change idea after studying a PDSA cycle.',
  valuesConfig: {
    ADOPT: { description: 'Keep the change as it is.' },
    ADAPT: { description: 'Change it and test again.' },
    ABANDON: { description: 'Drop it.' },
  },
});
