import { Field, Float, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/scalars.js';
import { KpiDirection, KpiMetric, KpiPeriod, KpiUnit, OrganisationKind } from './organisation.enums.js';

@ObjectType({ description: 'A body that commissions or provides the service.' })
export class Organisation {
  @Field(() => ID, { description: "The organisation's id." })
  id!: string;

  @Field(() => String, { description: 'A short stable code, e.g. luton-council-ph.' })
  code!: string;

  @Field(() => String, { description: "The organisation's name." })
  name!: string;

  @Field(() => OrganisationKind, { description: 'Whether it commissions or provides.' })
  kind!: OrganisationKind;
}

@ObjectType({ description: 'An agreement in which a commissioner pays one or more providers to run the service for a term.' })
export class Contract {
  @Field(() => ID, { description: "The contract's id." })
  id!: string;

  @Field(() => String, { description: 'A short stable code for the contract.' })
  code!: string;

  @Field(() => String, { description: "The contract's title." })
  title!: string;

  @Field(() => LocalDate, { description: 'The first day of the contract term.' })
  startsOn!: string;

  @Field(() => LocalDate, { description: 'The last day of the contract term, without any extension.' })
  endsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The last day if the extension option is taken; null when there is no option.' })
  extensionEndsOn!: string | null;

  commissionerId!: string;
}

@ObjectType({ description: "A key performance indicator in a contract's schedule: what is measured, its targets and which way is better." })
export class Kpi {
  @Field(() => ID, { description: "The KPI's id." })
  id!: string;

  @Field(() => String, { description: 'A short code, unique within its contract.' })
  code!: string;

  @Field(() => String, { description: "The KPI's name." })
  name!: string;

  @Field(() => String, { description: "What the KPI measures, in the contract's words." })
  description!: string;

  @Field(() => KpiMetric, { description: 'How the actual value is found.' })
  metric!: KpiMetric;

  @Field(() => KpiUnit, { description: 'The unit of the target and values.' })
  unit!: KpiUnit;

  @Field(() => KpiDirection, { description: 'Which way is better.' })
  direction!: KpiDirection;

  @Field(() => KpiPeriod, { description: 'The period each target and value covers.' })
  period!: KpiPeriod;

  @Field(() => Float, { description: "How far from the target a value may fall, in the KPI's unit, and still count as nearly met." })
  tolerance!: number;

  contractId!: string;
}

@ObjectType({ description: 'The target a KPI must reach in one period.' })
export class KpiTarget {
  @Field(() => LocalDate, { description: 'The first day of the period.' })
  periodStart!: string;

  @Field(() => Float, { description: "The target value, in the KPI's unit." })
  target!: number;
}

@ObjectType({ description: 'A value the provider reported for a KPI in one period.' })
export class KpiValue {
  @Field(() => LocalDate, { description: 'The first day of the period.' })
  periodStart!: string;

  @Field(() => Float, { description: "The reported value, in the KPI's unit." })
  value!: number;
}
