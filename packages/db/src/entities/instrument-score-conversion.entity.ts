import { DecimalType, Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { Instrument } from './instrument.entity.js';

/** A recorded score and the value it is compared on, such as a SWEMWBS raw total and its Rasch metric score. */
@Entity({ tableName: 'instrument_score_conversion' })
export class InstrumentScoreConversion {
  [PrimaryKeyProp]?: ['instrument', 'score'];

  @ManyToOne(() => Instrument, { ...foreignKey('instrument_score_conversion', 'instrument_code', 'cascade'), primary: true })
  instrument!: Instrument;

  @PrimaryKey({ type: new DecimalType('number'), columnType: 'numeric' })
  score!: number;

  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  value!: number;
}
