import { ArrayType, DecimalType, Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * An outcome instrument, its score range and its rules (docs/methods.md, "Where the instrument rules live"); the rows are
 * written from the analytics instrument catalogue by `migrate`. For an open-ended measure maxScore is a ceiling no real reading passes.
 */
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

  @Property({ type: 'boolean' })
  wholeNumbers!: boolean;

  @Property({ type: 'boolean' })
  higherIsBetter!: boolean;

  /** Smallest change in the good direction that counts as meaningful, on the compared scale. */
  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  meaningfulChange?: number | null;

  /** Band edges where moving a band in the good direction is the meaningful change. */
  @Property({ type: new ArrayType<number>(Number), columnType: 'numeric[]', nullable: true })
  meaningfulBands?: number[] | null;

  @Property({ type: new DecimalType('number'), columnType: 'numeric', nullable: true })
  thresholdValue?: number | null;

  @Enum({ items: ['atLeast', 'below'], nullable: true })
  thresholdComparison?: 'atLeast' | 'below' | null;
}
