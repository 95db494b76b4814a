import { registerEnumType } from 'type-graphql';

export enum RagStatus {
  GREEN = 'green',
  AMBER = 'amber',
  RED = 'red',
}
registerEnumType(RagStatus, {
  name: 'RagStatus',
  description: 'A KPI actual against its target and tolerance.',
  valuesConfig: {
    GREEN: { description: 'The target is met (equal counts as met).' },
    AMBER: { description: "Short of the target by no more than the KPI's tolerance." },
    RED: { description: 'Short of the target by more than the tolerance.' },
  },
});
