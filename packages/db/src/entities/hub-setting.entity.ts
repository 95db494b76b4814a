import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { foreignKey } from './foreign-key.options.js';
import { HubUser } from './hub-user.entity.js';

export const SETTING_KEYS = ['published_view', 'synthetic_town', 'rollups_refreshed'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** A switch an admin sets for the whole hub, such as the anonymous published view, or a fact the hub records about itself (when the rollups were rebuilt). */
@Entity({ tableName: 'hub_setting' })
export class HubSetting {
  @Enum({ items: [...SETTING_KEYS], primary: true })
  key!: SettingKey;

  @Property({ type: 'jsonb' })
  value!: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  changedAt?: Date;

  @ManyToOne(() => HubUser, { ...foreignKey('hub_setting', 'changed_by'), nullable: true })
  changedBy?: HubUser | null;
}
