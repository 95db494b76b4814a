import { ArrayType, BigIntType, DecimalType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { Instrument } from './instrument.entity.js';
import { Referral } from './referral.entity.js';

export const TIMEPOINTS = ['baseline', 'end', 'follow_up_6m', 'follow_up_12m'] as const;
export type Timepoint = (typeof TIMEPOINTS)[number];

/** One instrument's score for a referral at one timepoint (docs/methods.md, "Outcome instruments and scoring"). */
@Entity({ tableName: 'outcome_measurement' })
@Unique({ name: 'outcome_measurement_referral_id_instrument_code_timepoint_key', properties: ['referral', 'instrument', 'timepoint'] })
@Index({ name: 'outcome_instrument_idx', properties: ['instrument', 'timepoint'] })
export class OutcomeMeasurement {
  @PrimaryKey({ type: new BigIntType('number') })
  id!: number;

  @ManyToOne(() => Referral, foreignKey('outcome_measurement', 'referral_id', 'cascade'))
  referral!: Referral;

  @ManyToOne(() => Instrument, foreignKey('outcome_measurement', 'instrument_code'))
  instrument!: Instrument;

  @Enum({ items: [...TIMEPOINTS] })
  timepoint!: Timepoint;

  @Property({ type: 'date' })
  measuredOn!: string;

  /** The raw total for questionnaires (SWEMWBS 7–35, not the Rasch metric score). */
  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  score!: number;

  /** Item answers in questionnaire order, where they were recorded. */
  @Property({ type: new ArrayType<number>(Number), columnType: 'smallint[]', nullable: true })
  items?: number[] | null;
}
