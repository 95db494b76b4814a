import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { QiMeasure } from './qi-measure.entity.js';

export const QI_CHART_MARK_KINDS = ['rebase', 'ghost'] as const;
export type QiChartMarkKind = (typeof QI_CHART_MARK_KINDS)[number];

/** A saved chart setting of a measure: limits rebased, or a point ghosted, at the period holding `at`, and why. */
@Entity({ tableName: 'qi_chart_mark' })
export class QiChartMark {
  [PrimaryKeyProp]?: ['measure', 'kind', 'at'];

  @ManyToOne(() => QiMeasure, { ...foreignKey('qi_chart_mark', 'measure_id', 'cascade'), primary: true })
  measure!: QiMeasure;

  @Enum({ items: [...QI_CHART_MARK_KINDS], primary: true })
  kind!: QiChartMarkKind;

  @PrimaryKey({ type: 'date' })
  at!: string;

  @Property({ type: 'text' })
  reason!: string;
}
