import { DecimalType, Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** An outcome instrument and its score range (docs/methods.md, "Outcome instruments and scoring"); the rows are loaded by the migration. */
@Entity({ tableName: 'instrument' })
export class Instrument {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text', unique: 'instrument_name_key' })
  name!: string;

  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  minScore!: number;

  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  maxScore!: number;

  /** Number of item answers, for questionnaires scored as a sum of items; null otherwise. */
  @Property({ type: 'smallint', nullable: true })
  itemCount?: number | null;

  @Property({ type: 'smallint', nullable: true })
  itemMin?: number | null;

  @Property({ type: 'smallint', nullable: true })
  itemMax?: number | null;

  /** Null for a measure with no good direction. */
  @Property({ type: 'boolean', nullable: true })
  higherIsBetter?: boolean | null;
}
