import { registerEnumType } from 'type-graphql';

// Values are @hub/reporting's words, so figures map across unchanged.

export enum BenchmarkComparison {
  BETTER = 'better',
  WORSE = 'worse',
  SIMILAR = 'similar',
  HIGHER = 'higher',
  LOWER = 'lower',
}
registerEnumType(BenchmarkComparison, {
  name: 'BenchmarkComparison',
  description:
    'An estimate against a comparator by its 95% interval (docs/methods.md, "Confidence intervals and comparison"): LOWER when the upper limit is below the comparator, HIGHER when the lower limit is above it, otherwise SIMILAR; BETTER or WORSE instead where one direction is good.',
  valuesConfig: {
    BETTER: { description: 'The whole interval lies on the good side of the comparator.' },
    WORSE: { description: 'The whole interval lies on the bad side of the comparator.' },
    SIMILAR: { description: 'The interval includes the comparator.' },
    HIGHER: { description: 'The whole interval lies above the comparator (no good direction).' },
    LOWER: { description: 'The whole interval lies below the comparator (no good direction).' },
  },
});
