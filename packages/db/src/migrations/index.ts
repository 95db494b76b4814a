import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000_initial } from './Migration20261122000000_initial.js';
import { Migration20261122010000_reporting_rollups } from './Migration20261122010000_reporting_rollups.js';
import { Migration20261122020000_outcome_values } from './Migration20261122020000_outcome_values.js';
import { Migration20261130000000_access } from './Migration20261130000000_access.js';
import { Migration20261201000000_qi_editing } from './Migration20261201000000_qi_editing.js';
import { Migration20261202000000_instrument_rules } from './Migration20261202000000_instrument_rules.js';
import { Migration20261203000000_outcome_timepoints } from './Migration20261203000000_outcome_timepoints.js';
import { Migration20261204000000_service_eligible_ages } from './Migration20261204000000_service_eligible_ages.js';
import { Migration20261205000000_imports } from './Migration20261205000000_imports.js';
import { Migration20261205090000_rollup_refresh_time } from './Migration20261205090000_rollup_refresh_time.js';
import { Migration20261206000000_rollup_pending } from './Migration20261206000000_rollup_pending.js';
import { Migration20261207000000_data_version } from './Migration20261207000000_data_version.js';
import { Migration20261207050000_oidc_used_nonce } from './Migration20261207050000_oidc_used_nonce.js';
import { Migration20261207100000_rollup_tables } from './Migration20261207100000_rollup_tables.js';
import { Migration20261208000000_lighter_writes } from './Migration20261208000000_lighter_writes.js';
import { Migration20261209000000_cheaper_row_checks } from './Migration20261209000000_cheaper_row_checks.js';
import { Migration20261210000000_change_notices } from './Migration20261210000000_change_notices.js';

/** Applied in this order; a released migration is never edited, only followed by a new one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122000000_initial', class: Migration20261122000000_initial },
  { name: 'Migration20261122010000_reporting_rollups', class: Migration20261122010000_reporting_rollups },
  { name: 'Migration20261122020000_outcome_values', class: Migration20261122020000_outcome_values },
  { name: 'Migration20261130000000_access', class: Migration20261130000000_access },
  { name: 'Migration20261201000000_qi_editing', class: Migration20261201000000_qi_editing },
  { name: 'Migration20261202000000_instrument_rules', class: Migration20261202000000_instrument_rules },
  { name: 'Migration20261203000000_outcome_timepoints', class: Migration20261203000000_outcome_timepoints },
  { name: 'Migration20261204000000_service_eligible_ages', class: Migration20261204000000_service_eligible_ages },
  { name: 'Migration20261205000000_imports', class: Migration20261205000000_imports },
  { name: 'Migration20261205090000_rollup_refresh_time', class: Migration20261205090000_rollup_refresh_time },
  { name: 'Migration20261206000000_rollup_pending', class: Migration20261206000000_rollup_pending },
  { name: 'Migration20261207000000_data_version', class: Migration20261207000000_data_version },
  { name: 'Migration20261207050000_oidc_used_nonce', class: Migration20261207050000_oidc_used_nonce },
  { name: 'Migration20261207100000_rollup_tables', class: Migration20261207100000_rollup_tables },
  { name: 'Migration20261208000000_lighter_writes', class: Migration20261208000000_lighter_writes },
  { name: 'Migration20261209000000_cheaper_row_checks', class: Migration20261209000000_cheaper_row_checks },
  { name: 'Migration20261210000000_change_notices', class: Migration20261210000000_change_notices },
];
