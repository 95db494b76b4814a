import { Field, Float, ObjectType } from 'type-graphql';
import type { DimensionLabels } from '@hub/reporting';
import { LocalDate } from '../../common/scalars.js';
import { TOTALS_NOTE_DESCRIPTION } from '../common/figure.type.js';
import { AggregateDimension, AggregateMeasure } from './aggregate-analytics.enums.js';

@ObjectType({ description: 'The value of one dimension that a row of an aggregate is for.' })
export class DimensionValue {
  @Field(() => AggregateDimension, { description: 'The dimension.' })
  dimension!: AggregateDimension;

  @Field(() => String, { description: 'The value\'s code, e.g. a programme id, ward code or "gp"; "not_known" where none is recorded.' })
  key!: string;

  /** Looks the labels up the first time any is asked for, once for the whole aggregate. */
  labels!: () => Promise<DimensionLabels>;

  @Field(() => String, { name: 'label', description: 'The value as shown, e.g. "Biscot" or "Not known".' })
  async label(): Promise<string> {
    return (await this.labels())[this.dimension]?.get(this.key) ?? this.key;
  }
}

@ObjectType({ description: 'One measure of an aggregate row or of the totals, disclosure-controlled (docs/methods.md).' })
export class MeasureValue {
  @Field(() => AggregateMeasure, { description: 'The measure.' })
  measure!: AggregateMeasure;

  @Field(() => Float, {
    nullable: true,
    description: 'A count rounded to 5, or a wait in whole days (exact for roles that see records); null when withheld or when there is nothing to summarise.',
  })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when disclosure control withheld the value: a count of 1 to 7, or a wait built from fewer than 8 starts.' })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the value is null; null when present.' })
  reason!: string | null;
}

@ObjectType({ description: 'One cell of an aggregate: a time bucket and a value of each dimension asked for, with every measure.' })
export class AggregateRow {
  @Field(() => LocalDate, { nullable: true, description: 'The first day of the time bucket; null without a granularity.' })
  period!: string | null;

  @Field(() => String, { nullable: true, description: 'The time bucket as shown, e.g. "Apr 2019", "Q1 2019/20" or "2019/20"; null without a granularity.' })
  periodLabel!: string | null;

  @Field(() => [DimensionValue], { description: 'The value of each dimension, in the order asked for.' })
  dimensions!: DimensionValue[];

  @Field(() => [MeasureValue], { description: 'Each measure, in the order asked for.' })
  values!: MeasureValue[];
}

@ObjectType({ description: 'Counts and waits of the referrals in a filter, by the dimensions and time buckets asked for.' })
export class AggregateResult {
  @Field(() => [AggregateRow], {
    description: 'One row per combination present in the data, ordered by dimension values then period; one row without groupings.',
  })
  rows!: AggregateRow[];

  @Field(() => [MeasureValue], {
    description:
      'Each measure over all referrals in the filter, computed from records and then rounded and withheld like any cell, so a hidden cell cannot be recovered by subtraction.',
  })
  totals!: MeasureValue[];

  @Field(() => String, { nullable: true, description: TOTALS_NOTE_DESCRIPTION })
  totalsNote!: string | null;
}
