import { Field, Float, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';
import { SpcChart } from '../spc/spc-analytics.type.js';
import { RagStatus } from './kpi-report.enums.js';

@ObjectType({ description: "A KPI's actual in one period of the contract (usually a quarter) against the target then in force." })
export class KpiPeriodResult {
  @Field(() => LocalDate, { description: 'The first day of the period.' })
  periodStart!: string;

  @Field(() => String, { description: 'The period as shown, e.g. "Q1 2019/20".' })
  label!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      "The actual in the KPI's unit (70 = 70%), computed from records or as reported, disclosure-controlled (docs/methods.md): a percentage from the published counts and withheld when its numerator or complement is 1 to 7, a median wait in whole days; null with a reason.",
  })
  actual!: number | null;

  @Field(() => Float, { nullable: true, description: "The target in force: the latest set on or before the period's start; null when none is set." })
  target!: number | null;

  @Field(() => RagStatus, {
    nullable: true,
    description:
      'The exact actual against the target and tolerance, judged on the exact figure even where the published actual is rounded or withheld (a contract judgement; docs/methods.md); null without an actual or a target.',
  })
  rag!: RagStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Set when the published (rounded or withheld) actual, read against the target, would give another RAG status than the one judged on the exact figure; null otherwise.',
  })
  ragNote!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the actual is null, or how it stands against the target (e.g. "short of target by 3, within tolerance 5"); under disclosure control (docs/methods.md) the exact shortfall is left out and the reason says the status was judged on the exact figure.',
  })
  reason!: string | null;

  @Field(() => Float, { nullable: true, description: "The count behind the actual, or a percentage's numerator, rounded to 5; null for reported values." })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: "A percentage's denominator or the starts a median wait is over, rounded to 5; null otherwise." })
  denominator!: number | null;

  @Field(() => Boolean, {
    description:
      'True when disclosure control (docs/methods.md) withheld the actual: it rests on a count of 1 to 7 (numerator, complement or denominator) or on fewer than 8 values.',
  })
  suppressed!: boolean;
}

@ObjectType({ description: "One KPI of a contract across the term and extension: every period's actual and RAG status, and the actuals on an SPC chart." })
export class KpiReport {
  @Field(() => [KpiPeriodResult], {
    description: "Every period from the contract's start to the end of its extension, oldest first; periods after the data are null with a reason.",
  })
  quarters!: KpiPeriodResult[];

  @Field(() => SpcChart, { description: 'The actuals on an XmR chart, with assurance against the latest target of a period with an actual.' })
  spc!: SpcChart;

  kpiId!: string;
}
